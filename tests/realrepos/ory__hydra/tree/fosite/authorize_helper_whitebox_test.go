// facts only, one per line
"ShouldReturnTrueIPv4LoopbackWithPort",
			"127
"ShouldReturnTrue12700255WithPort",
			"127
"ShouldReturnFalse128001WithPort",
			"128
