// facts only, one per line
				Profile: billing.ProfileID{
