// facts only, one per line
clone.Run()
