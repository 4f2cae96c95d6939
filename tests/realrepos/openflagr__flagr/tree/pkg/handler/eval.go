// facts only, one per line
		EvalDebugLog: &models.EvalDebugLog{
