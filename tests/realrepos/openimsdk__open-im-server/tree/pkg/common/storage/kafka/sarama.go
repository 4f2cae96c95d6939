// facts only, one per line
	"github.com/IBM/sarama"
