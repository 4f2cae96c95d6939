// facts only, one per line
//go:build unit
