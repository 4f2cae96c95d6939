// facts only, one per line
	"gorm.io/driver/mysql"
	_ "github.com/go-sql-driver/mysql"
