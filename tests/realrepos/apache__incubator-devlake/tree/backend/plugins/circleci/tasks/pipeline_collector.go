// facts only, one per line
			FinalizableApiCollectorCommonArgs: api.FinalizableApiCollectorCommonArgs{
