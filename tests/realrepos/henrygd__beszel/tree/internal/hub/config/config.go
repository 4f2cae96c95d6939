// facts only, one per line
			system.Port = 45876
