// facts only, one per line
		API: &client.JobAPI{
