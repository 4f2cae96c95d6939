// facts only, one per line
// "localhost:9010"
