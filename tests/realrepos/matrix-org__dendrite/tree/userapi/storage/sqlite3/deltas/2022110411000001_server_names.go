// facts only, one per line
	"github.com/lib/pq"
