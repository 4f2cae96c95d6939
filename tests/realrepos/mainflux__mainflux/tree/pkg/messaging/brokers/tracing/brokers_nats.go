// facts only, one per line
//go:build !rabbitmq
// +build !rabbitmq
