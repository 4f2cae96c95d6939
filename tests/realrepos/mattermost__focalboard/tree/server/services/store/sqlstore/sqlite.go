// facts only, one per line
//go:build sqlite3
