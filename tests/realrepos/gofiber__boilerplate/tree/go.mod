module boilerplate
go 1.25.0

require (
	github.com/gofiber/fiber/v3 v3.5.0
	github.com/gofiber/utils/v2 v2.4.1
)
