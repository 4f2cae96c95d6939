// facts only, one per line
				CopilotActivityMetrics: models.CopilotActivityMetrics{
					CopilotActivityMetrics: models.CopilotActivityMetrics{
					CopilotActivityMetrics: models.CopilotActivityMetrics{
					CopilotCodeMetrics: models.CopilotCodeMetrics{
					CopilotCodeMetrics: models.CopilotCodeMetrics{
					CopilotActivityMetrics: models.CopilotActivityMetrics{
