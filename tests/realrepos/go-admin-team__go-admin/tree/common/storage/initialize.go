// facts only, one per line
queueAdapter.Run()
