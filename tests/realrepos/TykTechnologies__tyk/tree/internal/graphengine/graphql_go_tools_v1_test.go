// facts only, one per line
		apiDefinition: &apidef.APIDefinition{
