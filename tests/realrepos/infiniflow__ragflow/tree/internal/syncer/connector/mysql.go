// facts only, one per line
	"github.com/go-sql-driver/mysql"
