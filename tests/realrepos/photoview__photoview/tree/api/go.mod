module github.com/photoview/photoview/api
go 1.26.0

require (
	github.com/99designs/gqlgen v0.17.91
	github.com/Kagami/go-face v0.0.0-20210630145111-0c14797b4d0e
	github.com/buckket/go-blurhash v1.1.0
	github.com/go-sql-driver/mysql v1.10.0
	github.com/google/go-cmp v0.7.0
	github.com/gorilla/handlers v1.5.2
	github.com/gorilla/mux v1.8.1
	github.com/gorilla/websocket v1.5.3
	github.com/joho/godotenv v1.5.1
	github.com/otiai10/copy v1.14.1
	github.com/pkg/errors v0.9.1
	github.com/sabhiram/go-gitignore v0.0.0-20210923224102-525f6e181f06
	github.com/stretchr/testify v1.11.1
	github.com/vektah/gqlparser/v2 v2.5.36
	github.com/wsxiaoys/terminal v0.0.0-20160513160801-0940f3fc43a0
	golang.org/x/crypto v0.53.0
	golang.org/x/text v0.38.0
	gopkg.in/gographics/imagick.v3 v3.7.3
	gopkg.in/vansante/go-ffprobe.v2 v2.3.0
	gorm.io/driver/mysql v1.6.0
	gorm.io/driver/postgres v1.6.0
	gorm.io/driver/sqlite v1.6.0
	gorm.io/gorm v1.31.2
	github.com/jackc/pgx/v5 v5.9.2 // indirect
)
