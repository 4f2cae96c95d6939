// facts only, one per line
// ":9090"
