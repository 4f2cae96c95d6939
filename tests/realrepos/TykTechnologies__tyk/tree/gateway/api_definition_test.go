// facts only, one per line
	cfg.ListenPort = 7000
	s.ListenPort = 8000
				APIDefinition: &apidef.APIDefinition{
				APIDefinition: &apidef.APIDefinition{
				APIDefinition: &apidef.APIDefinition{
				APIDefinition: &apidef.APIDefinition{
				APIDefinition: &apidef.APIDefinition{
				APIDefinition: &apidef.APIDefinition{
				APIDefinition: &apidef.APIDefinition{
				APIDefinition: &apidef.APIDefinition{
				APIDefinition: &apidef.APIDefinition{
				APIDefinition: &apidef.APIDefinition{
				APIDefinition: &apidef.APIDefinition{
				APIDefinition: &apidef.APIDefinition{
					APIDefinition: &apidef.APIDefinition{
					APIDefinition: &apidef.APIDefinition{
					APIDefinition: &apidef.APIDefinition{
			APIDefinition: &apidef.APIDefinition{
			APIDefinition: &apidef.APIDefinition{
			APIDefinition: &apidef.APIDefinition{
		APIDefinition: &apidef.APIDefinition{
		APIDefinition: &apidef.APIDefinition{
		APIDefinition: &apidef.APIDefinition{
		APIDefinition: &apidef.APIDefinition{
