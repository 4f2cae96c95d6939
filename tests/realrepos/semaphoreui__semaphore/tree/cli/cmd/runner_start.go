// facts only, one per line
taskPool.Run()
