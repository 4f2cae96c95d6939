// facts only, one per line
				hostPort = 3000
