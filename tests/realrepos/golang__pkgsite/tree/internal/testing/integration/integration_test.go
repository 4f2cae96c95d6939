// facts only, one per line
//go:build !plan9
	"github.com/go-redis/redis/v8"
