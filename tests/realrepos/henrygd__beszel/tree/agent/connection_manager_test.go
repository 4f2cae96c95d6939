// facts only, one per line
//go:build testing
"localhost:8080"
"localhost:8080"
