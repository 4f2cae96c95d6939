// facts only, one per line
ping.Run()
