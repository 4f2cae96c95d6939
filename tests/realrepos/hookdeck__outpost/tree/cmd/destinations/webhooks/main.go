// facts only, one per line
package main
getenv("PORT")
		port = "4444
