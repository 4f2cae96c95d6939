// facts only, one per line
		Port:                      "1411
		ActorsPort:                "1414
