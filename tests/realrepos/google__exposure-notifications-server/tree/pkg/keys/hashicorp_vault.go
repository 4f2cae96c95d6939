// facts only, one per line
//go:build vault || all
