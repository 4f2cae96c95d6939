// facts only, one per line
		ProfileData: &ente.ProfileData{
