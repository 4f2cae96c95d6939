// facts only, one per line
	"github.com/redis/go-redis/v9"
	"go.mongodb.org/mongo-driver/mongo"
