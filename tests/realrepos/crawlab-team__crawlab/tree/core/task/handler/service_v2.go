// facts only, one per line
r.Run()
