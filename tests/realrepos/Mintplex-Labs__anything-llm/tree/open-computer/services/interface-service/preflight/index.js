// facts only, one per line
process.env.SKIP_PLANNING
process.env.SKIP_PLANNING
process.env.PROMPT_PREFLIGHT
