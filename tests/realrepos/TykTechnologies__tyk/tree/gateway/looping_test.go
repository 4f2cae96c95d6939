// facts only, one per line
//go:build !race || unstable
// +build !race unstable
			Server: oas.Server{
