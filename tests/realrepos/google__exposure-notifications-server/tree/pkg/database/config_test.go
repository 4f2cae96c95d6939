// facts only, one per line
				Port: "1234
