// facts only, one per line
// ":8080"
