// facts only, one per line
SetDefault("evaluation.include_flag_metadata", false
