// facts only, one per line
package main
.String("d", "", "Database URL."
.String("c", "", "Queries to execute."
