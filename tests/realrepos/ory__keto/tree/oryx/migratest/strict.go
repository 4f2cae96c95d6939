// facts only, one per line
//go:build !refresh
// +build !refresh
