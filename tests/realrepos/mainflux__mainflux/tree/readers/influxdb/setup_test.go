// facts only, one per line
dbAddr = ":8088"
	port          = "8086
m.Run()
