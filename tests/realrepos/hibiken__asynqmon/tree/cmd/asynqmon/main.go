// facts only, one per line
package main
"PORT", 8080
redisAddr = "127.0.0.1:6379"
