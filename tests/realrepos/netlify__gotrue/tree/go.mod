module github.com/netlify/gotrue
go 1.25.0

require (
	github.com/GoogleCloudPlatform/cloudsql-proxy v1.27.0
	github.com/beevik/etree v1.6.0
	github.com/didip/tollbooth/v5 v5.1.1
	github.com/go-chi/chi/v5 v5.2.5
	github.com/go-sql-driver/mysql v1.8.1
	github.com/gobuffalo/pop/v5 v5.3.4
	github.com/gofrs/uuid v4.4.0+incompatible
	github.com/golang-jwt/jwt/v4 v4.5.2
	github.com/imdario/mergo v0.3.16
	github.com/joho/godotenv v1.3.0
	github.com/kelseyhightower/envconfig v1.4.0
	github.com/netlify/mailme v1.1.1
	github.com/opentracing/opentracing-go v1.2.0
	github.com/pkg/errors v0.9.1
	github.com/rs/cors v1.11.0
	github.com/russellhaering/gosaml2 v0.11.0
	github.com/russellhaering/goxmldsig v1.6.0
	github.com/sirupsen/logrus v1.9.3
	github.com/spf13/cobra v1.8.1
	github.com/stretchr/testify v1.11.1
	golang.org/x/crypto v0.46.0
	golang.org/x/oauth2 v0.34.0
	gopkg.in/DataDog/dd-trace-go.v1 v1.54.1
	github.com/jackc/pgx/v4 v4.18.2 // indirect
)
