// facts only, one per line
package main
.String("dbtype", "", "Database type"
.String("dbconfig", "", "Database config"
.String( "config", "", "Location of the JSON config file"
