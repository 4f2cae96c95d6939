// facts only, one per line
package main
.String("title", "", "name of the API"
.String("description", "", "description of the API"
