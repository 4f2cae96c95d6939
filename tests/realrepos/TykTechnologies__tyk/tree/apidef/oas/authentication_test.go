// facts only, one per line
					ExtensionTykAPIGateway: &XTykAPIGateway{
						Server: Server{
					ExtensionTykAPIGateway: &XTykAPIGateway{
						Server: Server{
			Server: Server{
			Server: Server{
			Server: Server{
					ExtensionTykAPIGateway: &XTykAPIGateway{
						Server: Server{
			Server: Server{
