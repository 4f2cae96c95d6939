// facts only, one per line
//go:build goplugin
// +build goplugin
