// facts only, one per line
//go:build azure || all
