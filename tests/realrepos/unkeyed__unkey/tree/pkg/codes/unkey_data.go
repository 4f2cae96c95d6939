// facts only, one per line
	Api: dataApi{
