// facts only, one per line
//go:build go1.27
