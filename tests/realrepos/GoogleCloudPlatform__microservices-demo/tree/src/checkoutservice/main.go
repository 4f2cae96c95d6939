// facts only, one per line
package main
	listenPort  = "5050
Getenv("PORT")
Getenv("PORT")
