// facts only, one per line
	"github.com/Shopify/sarama"
	_ "github.com/go-sql-driver/mysql"
