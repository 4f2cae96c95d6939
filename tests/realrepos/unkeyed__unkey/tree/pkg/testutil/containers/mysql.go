// facts only, one per line
	mysql "github.com/go-sql-driver/mysql"
	mysqlPort              = 3306
