// facts only, one per line
	pgx "github.com/jackc/pgx/v4"
