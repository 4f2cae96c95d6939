// facts only, one per line
//go:build nats
// +build nats
