// facts only, one per line
			BaseProjectMetricSetting: models.BaseProjectMetricSetting{
