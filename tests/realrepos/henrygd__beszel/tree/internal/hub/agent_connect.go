// facts only, one per line
		agentFingerprint.Port = "45876
