module github.com/vietnam-devs/coolstore-microservices
go 1.17

require (
	github.com/dapr/go-sdk v1.4.0
	github.com/joho/godotenv v1.4.0
)
