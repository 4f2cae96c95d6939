module github.com/crawlab-team/crawlab/core
go 1.22

require (
	github.com/PuerkitoBio/goquery v1.9.2
	github.com/ReneKroon/ttlcache v1.7.0
	github.com/apex/log v1.9.0
	github.com/cenkalti/backoff/v4 v4.3.0
	github.com/crawlab-team/crawlab/db v0.0.0-20240731075841-7fe770ae9d15
	github.com/crawlab-team/crawlab/fs v0.0.0-20240731075841-7fe770ae9d15
	github.com/crawlab-team/crawlab/grpc v0.0.0-20240731075841-7fe770ae9d15
	github.com/crawlab-team/crawlab/trace v0.0.0-20240731075841-7fe770ae9d15
	github.com/crawlab-team/crawlab/vcs v0.0.0-20240731075841-7fe770ae9d15
	github.com/elastic/go-elasticsearch/v8 v8.14.0
	github.com/emirpasic/gods v1.18.1
	github.com/fsnotify/fsnotify v1.7.0
	github.com/gin-gonic/gin v1.10.0
	github.com/golang-jwt/jwt/v5 v5.2.1
	github.com/gomarkdown/markdown v0.0.0-20240626202925-2eda941fd024
	github.com/google/uuid v1.6.0
	github.com/gorilla/websocket v1.5.3
	github.com/grpc-ecosystem/go-grpc-middleware v1.0.1-0.20190118093823-f849b5445de4
	github.com/hashicorp/go-uuid v1.0.3
	github.com/imroc/req v0.3.2
	github.com/mitchellh/go-homedir v1.1.0
	github.com/pkg/errors v0.9.1
	github.com/robfig/cron/v3 v3.0.0
	github.com/segmentio/kafka-go v0.4.39
	github.com/shirou/gopsutil v3.21.11+incompatible
	github.com/smartystreets/goconvey v1.6.4
	github.com/spf13/cobra v1.3.0
	github.com/spf13/viper v1.19.0
	github.com/stretchr/testify v1.9.0
	github.com/thoas/go-funk v0.9.1
	github.com/upper/db/v4 v4.6.0
	go.mongodb.org/mongo-driver v1.15.1
	go.uber.org/dig v1.10.0
	golang.org/x/oauth2 v0.21.0
	google.golang.org/api v0.189.0
	google.golang.org/grpc v1.65.0
	gopkg.in/gomail.v2 v2.0.0-20160411212932-81ebce5c23df
)
replace github.com/crawlab-team/crawlab/db => ../db
replace github.com/crawlab-team/crawlab/fs => ../fs
replace github.com/crawlab-team/crawlab/grpc => ../grpc
replace github.com/crawlab-team/crawlab/trace => ../trace
replace github.com/crawlab-team/crawlab/vcs => ../vcs
