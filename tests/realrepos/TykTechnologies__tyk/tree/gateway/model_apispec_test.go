// facts only, one per line
			Server: oas.Server{
			Server: oas.Server{
		Server: oas.Server{
		APIDefinition: &apidef.APIDefinition{
