// facts only, one per line
package main
	"github.com/go-redis/redis/v8"
listenAddr = "localhost:8080"
debugAddr = "localhost:8081"
