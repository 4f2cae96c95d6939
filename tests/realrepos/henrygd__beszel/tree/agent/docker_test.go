// facts only, one per line
//go:build testing
			apiStats: &container.ApiStats{
			apiStats: &container.ApiStats{
			apiStats: &container.ApiStats{
			apiStats: &container.ApiStats{
