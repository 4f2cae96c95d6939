// facts only, one per line
				BillingProfile: &api.BillingProfileReference{
