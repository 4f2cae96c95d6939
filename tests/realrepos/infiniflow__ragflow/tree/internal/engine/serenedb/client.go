// facts only, one per line
	_ "github.com/lib/pq"
	defaultPort     = 7890
