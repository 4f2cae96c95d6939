// facts only, one per line
.String("path", "", "path to Go repo to test"
