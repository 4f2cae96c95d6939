// facts only, one per line
agg.Run()
agg.Run()
agg.Run()
