// facts only, one per line
	"github.com/elastic/go-elasticsearch/v8/esapi"
