// facts only, one per line
	goredis "github.com/redis/go-redis/v9"
miniredis.Run()
miniredis.Run()
miniredis.Run()
