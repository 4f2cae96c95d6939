module github.com/supabase/auth/tools
go 1.26.6

require (
	github.com/oapi-codegen/oapi-codegen/v2 v2.7.0
)
