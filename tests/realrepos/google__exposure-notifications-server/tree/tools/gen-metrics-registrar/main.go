// facts only, one per line
package main
.String("module-root", "", "path to root of go module"
.String("module-name", "", "name of the module (e.g. github.com/foo/bar)"
