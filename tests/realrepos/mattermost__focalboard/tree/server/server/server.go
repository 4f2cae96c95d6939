// facts only, one per line
metricsServer.Run()
group.Run()
