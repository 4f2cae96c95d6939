// facts only, one per line
				defaultPort = 80
				defaultPort = 443
