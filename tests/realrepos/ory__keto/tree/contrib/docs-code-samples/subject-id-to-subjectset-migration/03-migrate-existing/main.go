// facts only, one per line
package main
grpcAddr = "127.0.0.1:4466"
grpcAddr = "127.0.0.1:4467"
