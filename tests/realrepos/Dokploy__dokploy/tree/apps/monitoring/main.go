// facts only, one per line
package main
		port = 3001
