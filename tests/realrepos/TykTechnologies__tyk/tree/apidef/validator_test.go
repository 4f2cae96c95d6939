// facts only, one per line
			apiDef: &APIDefinition{
			apiDef: &APIDefinition{
			apiDef: &APIDefinition{
			apiDef: &APIDefinition{
			apiDef: &APIDefinition{
			apiDef: &APIDefinition{
			apiDef: &APIDefinition{
			apiDef: &APIDefinition{
