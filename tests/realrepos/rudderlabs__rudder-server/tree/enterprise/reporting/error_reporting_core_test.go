// facts only, one per line
			metric: types.PUReportedMetric{
			metric: types.PUReportedMetric{
			metric: types.PUReportedMetric{
			metric: types.PUReportedMetric{
