// facts only, one per line
worker.Run()
