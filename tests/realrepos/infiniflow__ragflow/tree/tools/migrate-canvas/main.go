// facts only, one per line
package main
.String("golden", "", "path to golden file for CI drift check (mutually exclusive with -write-golden)"
.String("walk", "", "if set, treat positional args as a directory; every *.json file is normalised"
