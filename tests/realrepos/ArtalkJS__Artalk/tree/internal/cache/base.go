// facts only, one per line
	"github.com/bradfitz/gomemcache/memcache"
	"github.com/redis/go-redis/v9"
