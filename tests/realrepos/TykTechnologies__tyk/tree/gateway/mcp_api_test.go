// facts only, one per line
		ListenPort: 8080
		Server: oas.Server{
		APIDefinition: &apidef.APIDefinition{
			APIDefinition: &apidef.APIDefinition{
				APIDefinition: &apidef.APIDefinition{
		APIDefinition: &apidef.APIDefinition{
		ListenPort: 8080
		ListenPort: 8080
