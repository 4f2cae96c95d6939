module github.com/StevenWeathers/thunderdome-planning-poker
go 1.26.0

require (
	github.com/XSAM/otelsql v0.41.0
	github.com/anthonynsimon/bild v0.14.0
	github.com/coreos/go-oidc/v3 v3.17.0
	github.com/go-ldap/ldap/v3 v3.4.12
	github.com/go-playground/validator/v10 v10.30.1
	github.com/google/uuid v1.6.0
	github.com/gorilla/securecookie v1.1.2
	github.com/gorilla/websocket v1.5.3
	github.com/ipsn/go-adorable v1.0.0
	github.com/jackc/pgx/v5 v5.9.2
	github.com/matcornic/hermes/v2 v2.1.0
	github.com/microcosm-cc/bluemonday v1.0.27
	github.com/o1egl/govatar v0.4.1
	github.com/pquerna/otp v1.5.0
	github.com/pressly/goose/v3 v3.26.0
	github.com/spf13/viper v1.21.0
	github.com/swaggo/swag v1.16.6
	github.com/uptrace/opentelemetry-go-extra/otelzap v0.3.2
	github.com/wneessen/go-mail v0.7.2
	go.opentelemetry.io/otel v1.43.0
	go.opentelemetry.io/otel/exporters/otlp/otlptrace v1.40.0
	go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracegrpc v1.40.0
	go.opentelemetry.io/otel/sdk v1.43.0
	go.uber.org/zap v1.27.1
	golang.org/x/crypto v0.49.0
	golang.org/x/oauth2 v0.35.0
	google.golang.org/grpc v1.79.3
	github.com/ctreminiom/go-atlassian/v2 v2.10.0
	github.com/spf13/cobra v1.10.2
	github.com/stretchr/testify v1.11.1
	github.com/stripe/stripe-go/v81 v81.4.0
	github.com/swaggo/http-swagger/v2 v2.0.2
	github.com/unrolled/secure v1.17.0
	go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp v0.65.0
	github.com/andygrunwald/go-jira/v2 v2.0.0-20260113181222-a17356f7cb78
	golang.org/x/text v0.36.0
	github.com/go-sql-driver/mysql v1.9.3 // indirect
	github.com/microsoft/go-mssqldb v1.9.2 // indirect
)
