// facts only, one per line
	"github.com/Shopify/sarama"
