// facts only, one per line
package main
	port := "8080
Getenv("PORT")
