// facts only, one per line
//go:build !wireinject
// +build !wireinject
