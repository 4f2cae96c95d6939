// facts only, one per line
v.Run()
