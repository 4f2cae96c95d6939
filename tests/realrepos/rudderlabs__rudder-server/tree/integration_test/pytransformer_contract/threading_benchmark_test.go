// facts only, one per line
//go:build threading_benchmark
