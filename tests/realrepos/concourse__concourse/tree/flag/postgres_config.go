// facts only, one per line
Port uint16 `long:"port" description:"The port to connect to." default:"5432"
