module example.com/shortener

go 1.21

require github.com/redis/go-redis/v9 v9.5.1
require github.com/gin-gonic/gin v1.10.0
