// facts only, one per line
	tsaPort = 9800
	tsaDebugPort = 9900
	gardenPort := 9001
