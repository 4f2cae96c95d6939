// facts only, one per line
// ":3000"
