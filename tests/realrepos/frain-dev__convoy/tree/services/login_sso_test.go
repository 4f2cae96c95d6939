// facts only, one per line
service.Run()
service.Run()
