// facts only, one per line
package main
	"github.com/go-redis/redis"
