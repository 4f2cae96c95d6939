// facts only, one per line
// ":8000"
