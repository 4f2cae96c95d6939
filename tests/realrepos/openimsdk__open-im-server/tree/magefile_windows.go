// facts only, one per line
//go:build mage
// +build mage
package main
