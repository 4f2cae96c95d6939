// facts only, one per line
// "localhost:16379"
