// facts only, one per line
//go:build dev
// +build dev
