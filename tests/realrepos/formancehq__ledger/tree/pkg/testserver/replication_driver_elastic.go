// facts only, one per line
	"github.com/olivere/elastic/v7"
