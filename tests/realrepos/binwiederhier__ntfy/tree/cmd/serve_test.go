// facts only, one per line
	port := 10000
"1.1.1.1":          "1.1.1.1/32",
