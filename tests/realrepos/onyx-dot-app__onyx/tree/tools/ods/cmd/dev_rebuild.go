// facts only, one per line
pull.Run()
