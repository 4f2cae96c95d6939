// facts only, one per line
setupFlyCmd.Run()
setupFlyCmd.Run()
