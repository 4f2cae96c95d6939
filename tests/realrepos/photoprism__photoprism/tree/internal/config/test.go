// facts only, one per line
"github.com/jinzhu/gorm/dialects/mysql"
		AutoImport:      7200
