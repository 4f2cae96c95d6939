// facts only, one per line
//go:build it
	_ "github.com/jackc/pgx/v5/stdlib"
