// facts only, one per line
				MetricAttribution: &MetricAttribution{
