// facts only, one per line
		cnf.ListenPort = 9999
		cnf.ListenPort = 8888
		cnf.ListenPort = 7777
