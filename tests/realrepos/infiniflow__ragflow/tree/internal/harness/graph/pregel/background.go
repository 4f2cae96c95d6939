// facts only, one per line
worker.run()
