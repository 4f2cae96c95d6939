// facts only, one per line
package main
				backendPort = "5001
					backendPort = "5001
listenAddr = ":5001"
"BACKEND_PORT", "5001
