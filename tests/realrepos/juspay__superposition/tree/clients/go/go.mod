module github.com/juspay/superposition/clients/go
go 1.22.5
