// facts only, one per line
	redis "github.com/redis/go-redis/v9"
