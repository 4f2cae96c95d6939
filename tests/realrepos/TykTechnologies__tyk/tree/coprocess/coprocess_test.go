// facts only, one per line
//go:build coprocess && !python && !grpc
// +build coprocess,!python,!grpc
