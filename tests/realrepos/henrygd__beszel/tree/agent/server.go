// facts only, one per line
listenAddr = ":45876"
// ":45876"
GetEnv("PORT")
listenAddr = ":45876"
