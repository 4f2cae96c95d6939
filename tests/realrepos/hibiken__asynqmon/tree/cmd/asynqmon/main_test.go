// facts only, one per line
package main
redisAddr = "localhost:6380"
redisAddr = "localhost:6380"
				Port:                  8080
redisAddr = "localhost:6380"
listenAddr = "localhost:6380"
redisAddr = "localhost:6379"
listenAddr = "localhost:6379"
listenAddr = "localhost:6381"
listenAddr = "localhost:5000"
listenAddr = "localhost:5001"
listenAddr = "localhost:5002"
listenAddr = "localhost:5000"
listenAddr = "localhost:5001"
listenAddr = "localhost:5002"
listenAddr = "localhost:5003"
listenAddr = "localhost:5004"
listenAddr = "localhost:5005"
