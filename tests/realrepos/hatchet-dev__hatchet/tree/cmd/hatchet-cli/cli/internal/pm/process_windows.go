// facts only, one per line
killCmd.Run()
forceKillCmd.Run()
