// facts only, one per line
lu.Run()
