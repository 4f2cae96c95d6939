// facts only, one per line
c.Run()
