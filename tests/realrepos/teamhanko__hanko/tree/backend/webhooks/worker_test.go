// facts only, one per line
worker.Run()
worker.Run()
worker.Run()
