// facts only, one per line
Port    uint16  `long:"bind-port" default:"2222"
Port uint16  `long:"debug-bind-port" default:"2221"
