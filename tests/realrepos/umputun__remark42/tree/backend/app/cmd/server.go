// facts only, one per line
Port                       int           `long:"port" env:"REMARK_PORT" default:"8080"
listenAddr = "127.0.0.1:6379"
Port         int    `long:"port" env:"PORT" description:"port number for https server" default:"8443"
