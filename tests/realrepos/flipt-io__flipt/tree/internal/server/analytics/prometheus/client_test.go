// facts only, one per line
				Metric: model.Metric{
				Metric: model.Metric{
