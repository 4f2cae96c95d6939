// facts only, one per line
manager.Run()
