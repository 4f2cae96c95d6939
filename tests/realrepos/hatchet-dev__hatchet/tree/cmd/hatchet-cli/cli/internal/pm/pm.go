// facts only, one per line
preCmd.Run()
