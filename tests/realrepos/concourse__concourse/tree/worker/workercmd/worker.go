// facts only, one per line
Port uint16  `long:"bind-port" default:"7777"
Port uint16  `long:"debug-bind-port" default:"7776"
Port uint16        `long:"healthcheck-bind-port"  default:"8888"
