// facts only, one per line
			expectedAPIDef: APIDefinition{
			expectedAPIDef: APIDefinition{
			api: &APIDefinition{
			api: &APIDefinition{
			api: &APIDefinition{
