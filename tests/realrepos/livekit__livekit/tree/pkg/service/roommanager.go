// facts only, one per line
		serverInfo: &livekit.ServerInfo{
