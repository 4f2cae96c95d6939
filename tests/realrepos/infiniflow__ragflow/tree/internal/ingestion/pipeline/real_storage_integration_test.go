// facts only, one per line
//go:build integration
// +build integration
	"gorm.io/driver/mysql"
