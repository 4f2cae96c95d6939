// facts only, one per line
// ":23817"
listenAddr = ":23817"
