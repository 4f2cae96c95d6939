// facts only, one per line
	port          = "1883
m.Run()
