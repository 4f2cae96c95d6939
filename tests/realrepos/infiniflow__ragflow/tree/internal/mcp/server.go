// facts only, one per line
		ServerInfo: ServerInfo{
