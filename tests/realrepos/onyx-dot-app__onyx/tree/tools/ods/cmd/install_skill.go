// facts only, one per line
gitCmd.Run()
