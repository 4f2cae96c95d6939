// facts only, one per line
Port uint16  `long:"bind-port" default:"8080"
Port uint16  `long:"debug-bind-port" default:"8079"
