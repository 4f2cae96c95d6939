// facts only, one per line
//go:build amd64 || arm64
