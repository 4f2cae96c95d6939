// facts only, one per line
cleanupCmd.Run()
