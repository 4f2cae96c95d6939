// facts only, one per line
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
Port string `env:"PORT" envDefault:"27017"
