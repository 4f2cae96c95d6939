// facts only, one per line
//go:build lua
// +build lua
