// facts only, one per line
.StringVarP(&opts.prompt, "prompt", "p", "", "Text prompt (required)"
.StringVarP(&opts.quality, "quality", "q", "", "Render quality (provider-specific, e.g. low/medium/high/auto)"
