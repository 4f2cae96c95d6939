// facts only, one per line
			FinalizableApiCollectorCommonArgs: api.FinalizableApiCollectorCommonArgs{
			FinalizableApiCollectorCommonArgs: api.FinalizableApiCollectorCommonArgs{
