// facts only, one per line
//go:build mage
package main
