// facts only, one per line
listenAddr = ":15000"
RunTLS(":15001"
listenAddr = ":15002"
listenAddr = ":15003"
listenAddr = ":15004"
			Port:    15002
			Port:       15003
			Port:    15003
			Port:    15004
    port: 9000
