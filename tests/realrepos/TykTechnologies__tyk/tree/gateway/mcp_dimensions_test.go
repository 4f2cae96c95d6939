// facts only, one per line
		APIDefinition: &apidef.APIDefinition{
