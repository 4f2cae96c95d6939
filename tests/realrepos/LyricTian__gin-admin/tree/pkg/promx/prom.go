// facts only, one per line
		conf.ListenPort = 9100
w.run()
