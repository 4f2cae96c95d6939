// facts only, one per line
// +build windows
