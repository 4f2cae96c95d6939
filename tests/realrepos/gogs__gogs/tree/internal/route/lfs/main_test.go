// facts only, one per line
m.Run()
