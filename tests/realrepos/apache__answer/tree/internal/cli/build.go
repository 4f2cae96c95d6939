// facts only, one per line
cloneCmd.Run()
goListCmd.Run()
pnpmInstallCmd.Run()
pnpmInstallCmd.Run()
pnpmBuildCmd.Run()
