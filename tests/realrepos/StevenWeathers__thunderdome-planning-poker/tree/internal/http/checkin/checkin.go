// facts only, one per line
hub.Run()
