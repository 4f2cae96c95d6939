module github.com/muety/wakapi/scripts
go 1.27.0

require (
	github.com/glebarez/sqlite v1.11.0
	github.com/jinzhu/configor v1.2.2
	github.com/muety/wakapi v0.0.0-20260820055737-f81b4422b8ad
	github.com/schollz/progressbar/v3 v3.19.1
	gorm.io/driver/mysql v1.6.0
	gorm.io/driver/postgres v1.6.2
	gorm.io/gorm v1.31.2
	github.com/go-sql-driver/mysql v1.10.0 // indirect
	github.com/jackc/pgx/v5 v5.10.0 // indirect
)
replace github.com/muety/wakapi => ..
