// facts only, one per line
"127.0.0.1:80"
				APIDefinition: &apidef.APIDefinition{
				APIDefinition: &apidef.APIDefinition{
				APIDefinition: &apidef.APIDefinition{
				APIDefinition: &apidef.APIDefinition{
				APIDefinition: &apidef.APIDefinition{
				APIDefinition: &apidef.APIDefinition{
