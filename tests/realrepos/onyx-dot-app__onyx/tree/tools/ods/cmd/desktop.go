// facts only, one per line
installCmd.Run()
desktopCmd.Run()
