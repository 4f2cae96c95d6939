// facts only, one per line
package main
listenAddr = "localhost:8080"
.String("gorepo", "", "path to Go repo on local filesystem"
.StringVar(&serverCfg.CacheDir, "cachedir", "", "module cache directory (defaults to `go env GOMODCACHE`)"
