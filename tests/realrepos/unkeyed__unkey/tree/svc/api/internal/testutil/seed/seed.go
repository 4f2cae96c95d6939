// facts only, one per line
	"github.com/go-sql-driver/mysql"
		Port:             8080
		Port:                          8080
