// facts only, one per line
//go:build integration
