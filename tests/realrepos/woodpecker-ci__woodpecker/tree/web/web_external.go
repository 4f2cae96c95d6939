// facts only, one per line
//go:build external_web
