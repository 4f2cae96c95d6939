// facts only, one per line
			conf.TURN.UDPPort = 3478
