// facts only, one per line
	Smtp4DevPort   = 2525
