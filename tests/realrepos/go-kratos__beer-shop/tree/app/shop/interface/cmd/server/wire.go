// facts only, one per line
// +build wireinject
package main
