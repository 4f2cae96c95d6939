// facts only, one per line
gitUpdate.Run()
