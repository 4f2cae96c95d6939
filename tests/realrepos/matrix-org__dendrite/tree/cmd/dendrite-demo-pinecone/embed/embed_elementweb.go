// facts only, one per line
//go:build elementweb
// +build elementweb
