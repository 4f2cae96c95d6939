// facts only, one per line
	"github.com/segmentio/kafka-go"
	"github.com/segmentio/kafka-go/sasl/plain"
