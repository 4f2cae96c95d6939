// facts only, one per line
	sshDefaultPort         = 22
