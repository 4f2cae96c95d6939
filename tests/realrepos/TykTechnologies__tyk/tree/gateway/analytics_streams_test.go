// facts only, one per line
//go:build ee || dev
					APIDefinition: &apidef.APIDefinition{
					APIDefinition: &apidef.APIDefinition{
		APIDefinition: &apidef.APIDefinition{
