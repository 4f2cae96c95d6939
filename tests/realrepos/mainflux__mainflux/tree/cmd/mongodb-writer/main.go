// facts only, one per line
package main
	"go.mongodb.org/mongo-driver/mongo"
	defSvcHTTPPort = "9008
