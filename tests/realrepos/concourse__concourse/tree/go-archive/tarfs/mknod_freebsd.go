// facts only, one per line
// +build freebsd
