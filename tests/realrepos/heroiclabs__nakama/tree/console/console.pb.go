// facts only, one per line
"STORAGE_DATA_IMPORT",
		25
