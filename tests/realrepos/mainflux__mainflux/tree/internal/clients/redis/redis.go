// facts only, one per line
import "github.com/go-redis/redis/v8"
