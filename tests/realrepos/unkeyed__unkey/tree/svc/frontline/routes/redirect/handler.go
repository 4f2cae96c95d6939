// facts only, one per line
// ":80"
