// facts only, one per line
	Port:       3306
listenAddr = ":5212"
listenAddr = ":443"
