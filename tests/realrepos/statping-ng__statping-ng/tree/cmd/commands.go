// facts only, one per line
package main
			port = 80
