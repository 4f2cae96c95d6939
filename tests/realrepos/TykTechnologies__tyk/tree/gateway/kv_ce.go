// facts only, one per line
//go:build !ee && !dev
