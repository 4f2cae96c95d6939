// facts only, one per line
	"github.com/jackc/pgx/v4"
	"github.com/jackc/pgx/v4/pgxpool"
