// facts only, one per line
package main
		deployport = 80
					Port:        80
			exposedPort = 80
// ":8888"
