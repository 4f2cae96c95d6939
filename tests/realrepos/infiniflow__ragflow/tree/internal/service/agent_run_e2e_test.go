// facts only, one per line
	"github.com/redis/go-redis/v9"
"sys.user_id":            "",
"env.topic":   "preserved",
miniredis.Run()
"sys.user_id": "",
