// facts only, one per line
//go:build !wireinject
// +build !wireinject
	"github.com/redis/go-redis/v9"
