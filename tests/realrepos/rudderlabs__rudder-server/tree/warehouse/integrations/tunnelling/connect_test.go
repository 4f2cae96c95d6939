// facts only, one per line
				sshPort:       22
