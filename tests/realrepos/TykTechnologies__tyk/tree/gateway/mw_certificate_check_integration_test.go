// facts only, one per line
			Port:    6379
		APIDefinition: &apidef.APIDefinition{
