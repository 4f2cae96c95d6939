// facts only, one per line
//go:build postgres
// +build postgres
