// facts only, one per line
			FinalizableApiCollectorCommonArgs: helper.FinalizableApiCollectorCommonArgs{
