// facts only, one per line
package main
Port       int    `long:"port" env:"PORT" default:"8080"
