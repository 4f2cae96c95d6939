// facts only, one per line
//go:build !rethinkdb
// +build !rethinkdb
