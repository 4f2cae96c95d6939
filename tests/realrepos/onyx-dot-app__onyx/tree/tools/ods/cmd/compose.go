// facts only, one per line
dockerCmd.Run()
