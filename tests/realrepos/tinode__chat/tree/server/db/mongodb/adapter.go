// facts only, one per line
//go:build mongodb
"localhost:27017"
