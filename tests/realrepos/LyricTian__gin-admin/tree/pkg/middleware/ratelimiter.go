// facts only, one per line
	"github.com/go-redis/redis/v8"
