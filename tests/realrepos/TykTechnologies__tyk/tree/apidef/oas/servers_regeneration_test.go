// facts only, one per line
listenAddr = "localhost:8080"
listenAddr = "localhost:8080"
"localhost:8080"
"localhost:8080"
"localhost:8080"
"localhost:8080"
			apiData: &apidef.APIDefinition{
listenAddr = "localhost:8080"
			apiData: &apidef.APIDefinition{
listenAddr = "localhost:8080"
			apiData: &apidef.APIDefinition{
listenAddr = "localhost:8080"
listenAddr = "localhost:8080"
			apiData: &apidef.APIDefinition{
listenAddr = "localhost:8080"
listenAddr = "localhost:8080"
listenAddr = "localhost:8080"
			apiData: &apidef.APIDefinition{
listenAddr = "localhost:8080"
			apiData: &apidef.APIDefinition{
listenAddr = "localhost:8080"
"localhost:8080"
			apiData: &apidef.APIDefinition{
listenAddr = "localhost:8080"
"localhost:8080"
			apiData: &apidef.APIDefinition{
listenAddr = "localhost:8080"
listenAddr = "localhost:8080"
			servers: openapi3.Servers{
			servers: openapi3.Servers{
			servers: openapi3.Servers{
			servers: openapi3.Servers{
			apiData: &apidef.APIDefinition{
listenAddr = "localhost:8080"
			apiData: &apidef.APIDefinition{
listenAddr = "localhost:8080"
			apiData: &apidef.APIDefinition{
listenAddr = "localhost:8080"
listenAddr = "localhost:8080"
listenAddr = "localhost:8080"
listenAddr = "localhost:8080"
listenAddr = "localhost:8080"
				Servers: openapi3.Servers{
listenAddr = "localhost:8080"
				Servers: openapi3.Servers{
listenAddr = "localhost:8080"
				Servers: openapi3.Servers{
listenAddr = "localhost:8080"
				Servers: openapi3.Servers{
listenAddr = "localhost:8080"
listenAddr = "localhost:8080"
listenAddr = "localhost:8080"
listenAddr = "localhost:8080"
listenAddr = "localhost:8080"
			newAPI: &apidef.APIDefinition{
			oldAPI: &apidef.APIDefinition{
			newAPI: &apidef.APIDefinition{
			oldAPI: &apidef.APIDefinition{
			newAPI: &apidef.APIDefinition{
			oldAPI: &apidef.APIDefinition{
			newAPI: &apidef.APIDefinition{
			oldAPI: &apidef.APIDefinition{
			newAPI: &apidef.APIDefinition{
			oldAPI: &apidef.APIDefinition{
			newAPI: &apidef.APIDefinition{
			newAPI: &apidef.APIDefinition{
			oldAPI: &apidef.APIDefinition{
			newAPI: &apidef.APIDefinition{
			oldAPI: &apidef.APIDefinition{
			newAPI: &apidef.APIDefinition{
			oldAPI: &apidef.APIDefinition{
			apiDef: &apidef.APIDefinition{
listenAddr = "localhost:8080"
			existingServers: openapi3.Servers{
			apiDef: &apidef.APIDefinition{
listenAddr = "localhost:8080"
			existingServers: openapi3.Servers{
			apiDef: &apidef.APIDefinition{
listenAddr = "localhost:8080"
			existingServers: openapi3.Servers{
			apiDef: &apidef.APIDefinition{
listenAddr = "localhost:8080"
			existingServers: openapi3.Servers{
			apiDef: &apidef.APIDefinition{
listenAddr = "localhost:8080"
			existingServers: openapi3.Servers{
			apiDef: &apidef.APIDefinition{
listenAddr = "localhost:8080"
			existingServers: openapi3.Servers{
			apiDef: &apidef.APIDefinition{
			baseAPI: &apidef.APIDefinition{
listenAddr = "localhost:8080"
			existingServers: openapi3.Servers{
			apiDef: &apidef.APIDefinition{
listenAddr = "localhost:8080"
			existingServers: openapi3.Servers{
			apiDef: &apidef.APIDefinition{
listenAddr = "localhost:8080"
			existingServers: openapi3.Servers{
			apiDef: &apidef.APIDefinition{
			baseAPI: &apidef.APIDefinition{
listenAddr = "localhost:8080"
listenAddr = "localhost:8080"
listenAddr = "localhost:8080"
listenAddr = "localhost:8080"
listenAddr = "localhost:8080"
listenAddr = "localhost:8080"
listenAddr = "localhost:8080"
listenAddr = "localhost:8080"
listenAddr = "localhost:8080"
listenAddr = "localhost:8080"
listenAddr = "localhost:8080"
			apiData: &apidef.APIDefinition{
listenAddr = "localhost:8080"
			apiData: &apidef.APIDefinition{
listenAddr = "localhost:8080"
			apiData: &apidef.APIDefinition{
listenAddr = "localhost:8080"
			apiData: &apidef.APIDefinition{
listenAddr = "localhost:8080"
			apiData: &apidef.APIDefinition{
listenAddr = "localhost:8080"
			apiData: &apidef.APIDefinition{
listenAddr = "localhost:8080"
			apiData: &apidef.APIDefinition{
listenAddr = "localhost:8080"
			apiData: &apidef.APIDefinition{
listenAddr = "localhost:8080"
			apiData: &apidef.APIDefinition{
listenAddr = "localhost:8080"
			apiData: &apidef.APIDefinition{
listenAddr = "localhost:8080"
			apiData: &apidef.APIDefinition{
listenAddr = "localhost:8080"
			apiData: &apidef.APIDefinition{
listenAddr = "localhost:8080"
			apiData: &apidef.APIDefinition{
listenAddr = "localhost:8080"
