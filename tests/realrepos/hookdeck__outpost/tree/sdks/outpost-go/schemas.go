// facts only, one per line
		HTTPMeta: components.HTTPMetadata{
		HTTPMeta: components.HTTPMetadata{
