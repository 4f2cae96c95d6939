// facts only, one per line
// ":8081"
grpcAddr = ":8081"
