// facts only, one per line
		APIDefinition: &apidef.APIDefinition{
		APIDefinition: &apidef.APIDefinition{
		APIDefinition: &apidef.APIDefinition{
			apiDef: &apidef.APIDefinition{
			apiDef: &apidef.APIDefinition{
		APIDefinition: &apidef.APIDefinition{
		APIDefinition: &apidef.APIDefinition{
			APIDefinition: &apidef.APIDefinition{
			APIDefinition: &apidef.APIDefinition{
			APIDefinition: &apidef.APIDefinition{
