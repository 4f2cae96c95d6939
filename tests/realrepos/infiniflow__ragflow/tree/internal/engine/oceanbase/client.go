// facts only, one per line
	mysql "github.com/go-sql-driver/mysql"
