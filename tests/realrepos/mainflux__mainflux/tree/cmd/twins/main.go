// facts only, one per line
package main
	"github.com/go-redis/redis/v8"
	"go.mongodb.org/mongo-driver/mongo"
	defSvcHTTPPort = "9018
