// facts only, one per line
	Port: 7880
			TCPPort:           7881
