// facts only, one per line
//go:build rethinkdb
"localhost:28015"
