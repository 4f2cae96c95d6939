module github.com/dhax/go-base
go 1.25.0

require (
	github.com/go-chi/chi/v5 v5.2.4
	github.com/go-chi/cors v1.2.1
	github.com/go-chi/docgen v1.3.0
	github.com/go-chi/jwtauth/v5 v5.3.2
	github.com/go-chi/render v1.0.3
	github.com/go-ozzo/ozzo-validation v3.6.0+incompatible
	github.com/gofrs/uuid v4.4.0+incompatible
	github.com/jaytaylor/html2text v0.0.0-20230321000545-74c2419ad056
	github.com/lestrrat-go/jwx/v2 v2.1.3
	github.com/mssola/user_agent v0.6.0
	github.com/sirupsen/logrus v1.9.3
	github.com/spf13/cobra v1.8.1
	github.com/spf13/viper v1.19.0
	github.com/uptrace/bun v1.2.15
	github.com/uptrace/bun/dialect/pgdialect v1.2.15
	github.com/uptrace/bun/driver/pgdriver v1.2.15
	github.com/uptrace/bun/extra/bundebug v1.2.15
	github.com/vanng822/go-premailer v1.22.0
	github.com/wneessen/go-mail v0.7.1
)
