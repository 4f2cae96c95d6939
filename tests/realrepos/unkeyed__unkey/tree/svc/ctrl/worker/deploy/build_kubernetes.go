// facts only, one per line
	buildkitPort = 1234
