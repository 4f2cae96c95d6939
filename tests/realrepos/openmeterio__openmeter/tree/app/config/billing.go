// facts only, one per line
SetDefault("billing.advancementStrategy", billing
SetDefault("billing.maxParallelQuantitySnapshots", 4
SetDefault("billing.featureSwitches.maxLinesPerCollectedInvoice", 0
SetDefault("billing.featureSwitches.subscriptionSyncForceAsyncAdvance", true
