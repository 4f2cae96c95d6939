module github.com/hookdeck/outpost/loadtest/mock/webhook
go 1.23.0

require (
	github.com/gorilla/mux v1.8.1
	github.com/stretchr/testify v1.10.0
)
