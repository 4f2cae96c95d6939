// facts only, one per line
	_ "github.com/jackc/pgx/v5/stdlib"
