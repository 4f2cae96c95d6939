// facts only, one per line
			apiConfig: &APIConfig{
			apiConfig: &APIConfig{
			apiConfig: &APIConfig{
			apiConfig: &APIConfig{
