// facts only, one per line
package main
	port = "3550
Getenv("PORT")
Getenv("PORT")
