// facts only, one per line
		APIKeyRes: datastore.APIKeyRes{
