module github.com/elabftw/elabftw
go 1.22.3
