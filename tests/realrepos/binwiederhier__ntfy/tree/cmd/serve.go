// facts only, one per line
s.Run()
