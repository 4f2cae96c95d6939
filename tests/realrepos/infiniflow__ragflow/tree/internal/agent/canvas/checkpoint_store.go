// facts only, one per line
	"github.com/redis/go-redis/v9"
