// facts only, one per line
	"gorm.io/driver/mysql"
