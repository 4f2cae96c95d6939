module github.com/teamhanko/hanko/quickstart
go 1.26.1

require (
	github.com/labstack/echo/v4 v4.9.0
)
