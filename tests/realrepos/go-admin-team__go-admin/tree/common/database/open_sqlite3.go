// facts only, one per line
//go:build sqlite3
// +build sqlite3
