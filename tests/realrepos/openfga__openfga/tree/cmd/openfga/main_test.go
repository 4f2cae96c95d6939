// facts only, one per line
//go:build docker
package main
