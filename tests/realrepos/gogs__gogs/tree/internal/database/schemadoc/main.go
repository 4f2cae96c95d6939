// facts only, one per line
package main
	"gorm.io/driver/mysql"
	"gorm.io/driver/postgres"
