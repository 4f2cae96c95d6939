// facts only, one per line
				Metrics: garden.Metrics{
				Metrics: garden.Metrics{
						Metrics: garden.Metrics{
