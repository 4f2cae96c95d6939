// facts only, one per line
				Profiles: Profiles{
