// facts only, one per line
//go:build !plan9
