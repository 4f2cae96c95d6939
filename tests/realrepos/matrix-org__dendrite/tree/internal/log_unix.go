// facts only, one per line
//go:build !windows
// +build !windows
