// facts only, one per line
	_ "github.com/go-sql-driver/mysql"
