// facts only, one per line
package main
	_ "github.com/go-sql-driver/mysql"
