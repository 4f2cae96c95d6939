module github.com/hookdeck/outpost/sdks/outpost-go
go 1.25.10

require (
	github.com/stretchr/testify v1.11.1
)
