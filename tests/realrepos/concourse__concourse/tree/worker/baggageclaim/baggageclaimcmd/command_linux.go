// facts only, one per line
//go:build linux
Port uint16  `long:"bind-port" default:"7788"
Port uint16  `long:"debug-bind-port" default:"7787"
