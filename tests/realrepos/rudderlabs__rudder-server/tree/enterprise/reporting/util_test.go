// facts only, one per line
			metric: types.PUReportedMetric{
			wantMetric: types.PUReportedMetric{
			metric: types.PUReportedMetric{
			wantMetric: types.PUReportedMetric{
			metric: types.PUReportedMetric{
			wantMetric: types.PUReportedMetric{
			metric: types.PUReportedMetric{
			wantMetric: types.PUReportedMetric{
			metric: types.PUReportedMetric{
			wantMetric: types.PUReportedMetric{
			metric: types.PUReportedMetric{
			wantMetric: types.PUReportedMetric{
			metric: types.PUReportedMetric{
			wantMetric: types.PUReportedMetric{
			metric: types.PUReportedMetric{
			wantMetric: types.PUReportedMetric{
