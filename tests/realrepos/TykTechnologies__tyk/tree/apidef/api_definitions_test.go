// facts only, one per line
			api: APIDefinition{
			api: APIDefinition{
			api: APIDefinition{
			api: APIDefinition{
			api: APIDefinition{
			api: APIDefinition{
			api: APIDefinition{
			api: APIDefinition{
			api: APIDefinition{
			api: APIDefinition{
			api: APIDefinition{
			api: APIDefinition{
			api: APIDefinition{
			api: APIDefinition{
			api: APIDefinition{
