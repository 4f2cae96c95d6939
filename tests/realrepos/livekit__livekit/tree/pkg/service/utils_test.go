// facts only, one per line
	"github.com/redis/go-redis/v9"
listenAddr = "localhost:6379"
"turn.myhost.com":  true,
"turn.google.com":  true,
