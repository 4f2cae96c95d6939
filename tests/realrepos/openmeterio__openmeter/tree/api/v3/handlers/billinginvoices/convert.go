// facts only, one per line
		SourceBillingProfile: api.BillingProfileReference{
