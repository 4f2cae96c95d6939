// facts only, one per line
// ":443"
// ":443"
