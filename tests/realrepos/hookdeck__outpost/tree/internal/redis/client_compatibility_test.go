// facts only, one per line
	"github.com/go-redis/redis"
listenAddr = "localhost:6379"
listenAddr = "localhost:6379"
