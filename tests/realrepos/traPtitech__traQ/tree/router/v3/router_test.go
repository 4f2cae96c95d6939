// facts only, one per line
"MARIADB_PORT", "3306
m.Run()
