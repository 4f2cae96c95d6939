// facts only, one per line
//go:build go_run_only
package main
