// facts only, one per line
//go:build e2e
