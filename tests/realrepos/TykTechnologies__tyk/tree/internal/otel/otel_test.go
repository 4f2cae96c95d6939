// facts only, one per line
listenAddr = "localhost:4317"
listenAddr = "localhost:4317"
			givenApidef: &apidef.APIDefinition{
			givenApidef: &apidef.APIDefinition{
