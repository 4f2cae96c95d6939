// facts only, one per line
//go:build exclude_frontend
