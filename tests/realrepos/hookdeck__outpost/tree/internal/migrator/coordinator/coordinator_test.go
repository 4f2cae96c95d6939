// facts only, one per line
	r "github.com/redis/go-redis/v9"
