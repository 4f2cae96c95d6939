// facts only, one per line
//go:build ee || dev
	"github.com/IBM/sarama"
