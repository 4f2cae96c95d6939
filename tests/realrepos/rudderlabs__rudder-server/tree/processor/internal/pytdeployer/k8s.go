// facts only, one per line
	pytContainerPort = 8080
	pytMetricsPort   = 9091
