// facts only, one per line
.String("log-path", "", "path of log file"
.String("access-log-path", "", "path of access log file for RESTful API"
