// facts only, one per line
p.Run()
