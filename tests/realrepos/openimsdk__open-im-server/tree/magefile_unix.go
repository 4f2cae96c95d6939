// facts only, one per line
//go:build mage && !windows
// +build mage,!windows
package main
