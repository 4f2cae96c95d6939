// facts only, one per line
	"gorm.io/driver/mysql"
	"gorm.io/driver/postgres"
