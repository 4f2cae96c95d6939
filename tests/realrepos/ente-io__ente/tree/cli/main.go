// facts only, one per line
package main
SetDefault("endpoint.api", constants
SetDefault("log.http", false
