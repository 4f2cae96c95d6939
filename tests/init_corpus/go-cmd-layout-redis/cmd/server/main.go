package main

import "github.com/gin-gonic/gin"

func main() {
	r := gin.Default()
	r.Run(":9000")
}
