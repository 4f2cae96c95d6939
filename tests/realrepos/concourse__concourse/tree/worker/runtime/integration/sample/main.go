// facts only, one per line
package main
.String("wait-for-signal", "", "wait for a sigal (sigterm|sighup)"
.String("http-get", "", "website to perform an HTTP GET request against"
.String("write-many-times", "", "writes a string to stdout many times"
.String("cat", "", "writes contents of file to stdout"
.String("sleep", "", "sleep for given golang duration"
