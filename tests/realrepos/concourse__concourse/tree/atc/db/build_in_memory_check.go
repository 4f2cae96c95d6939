// facts only, one per line
		inMemoryCheckBuildForApi: inMemoryCheckBuildForApi{
