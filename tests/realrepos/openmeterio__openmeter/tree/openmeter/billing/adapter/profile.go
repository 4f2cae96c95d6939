// facts only, one per line
		BaseProfile: billing.BaseProfile{
