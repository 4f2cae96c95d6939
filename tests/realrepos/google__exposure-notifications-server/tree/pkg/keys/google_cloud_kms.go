// facts only, one per line
//go:build google || all
