// facts only, one per line
				APIDefinition: &apidef.APIDefinition{
				APIDefinition: &apidef.APIDefinition{
				APIDefinition: &apidef.APIDefinition{
				APIDefinition: &apidef.APIDefinition{
				APIDefinition: &apidef.APIDefinition{
				APIDefinition: &apidef.APIDefinition{
						APIDefinition: &apidef.APIDefinition{
