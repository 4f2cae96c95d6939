// facts only, one per line
.String("c", "", "Path to the server configuration file."
