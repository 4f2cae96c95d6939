// facts only, one per line
tarCmd.Run()
