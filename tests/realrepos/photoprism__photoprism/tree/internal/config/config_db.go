// facts only, one per line
"github.com/jinzhu/gorm/dialects/mysql"
