module github.com/mattermost/focalboard/server
go 1.21
toolchain go1.21.8

require (
	github.com/Masterminds/squirrel v1.5.4
	github.com/golang/mock v1.6.0
	github.com/gorilla/mux v1.8.1
	github.com/gorilla/websocket v1.5.1
	github.com/krolaw/zipstream v0.0.0-20180621105154-0a2661891f94
	github.com/lib/pq v1.10.9
	github.com/mattermost/logr/v2 v2.0.21
	github.com/mattermost/mattermost/server/public v0.1.3
	github.com/mattermost/mattermost/server/v8 v8.0.0-20240529104128-9d30a62c9471
	github.com/mattermost/morph v1.1.0
	github.com/mattn/go-sqlite3 v2.0.3+incompatible
	github.com/mgdelacroix/foundation v0.0.0-20230510073833-0660207768ef
	github.com/oklog/run v1.1.0
	github.com/pkg/errors v0.9.1
	github.com/prometheus/client_golang v1.19.1
	github.com/rivo/uniseg v0.4.7
	github.com/rudderlabs/analytics-go v3.3.3+incompatible
	github.com/sergi/go-diff v1.3.1
	github.com/spf13/viper v1.18.2
	github.com/stretchr/testify v1.9.0
	github.com/wiggin77/merror v1.0.5
	golang.org/x/crypto v0.23.0
)
