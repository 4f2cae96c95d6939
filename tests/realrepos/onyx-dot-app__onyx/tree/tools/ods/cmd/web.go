// facts only, one per line
installCmd.Run()
webCmd.Run()
buildCmd.Run()
