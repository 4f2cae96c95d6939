// facts only, one per line
package main
"root.go":                   "package mod",
