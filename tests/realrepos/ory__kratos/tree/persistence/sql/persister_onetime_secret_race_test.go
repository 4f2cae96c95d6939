// facts only, one per line
stop.Run()
