// facts only, one per line
package main
cli.StringFlag{ Name: parts[0], Value: value, Usage: usage, }
