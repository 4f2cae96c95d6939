// facts only, one per line
runner.Run()
