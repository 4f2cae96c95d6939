// facts only, one per line
//go:build mysql
// +build mysql
	ms "github.com/go-sql-driver/mysql"
