// facts only, one per line
dp.Run()
