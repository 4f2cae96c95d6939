// facts only, one per line
//go:build jq
// +build jq
