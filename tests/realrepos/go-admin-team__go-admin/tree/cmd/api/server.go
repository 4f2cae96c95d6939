// facts only, one per line
queue.Run()
