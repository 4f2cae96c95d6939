module github.com/ory/x/randx/strength
go 1.26

require (
	github.com/ory/x v0.0.0-00010101000000-000000000000
	gonum.org/v1/plot v0.17.0
)
replace github.com/ory/x => ../..
