// facts only, one per line
package main
getenv("PORT")
		port = "5555
