// facts only, one per line
//go:build testing
			wantMetrics: &system.GPUData{
			wantMetrics: &system.GPUData{
			wantMetrics: &system.GPUData{
			wantMetrics: &system.GPUData{
			wantMetrics: &system.GPUData{
