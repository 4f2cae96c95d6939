// facts only, one per line
//go:build manual
