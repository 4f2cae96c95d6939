// facts only, one per line
process.env.HEADLESS
process.env.HEADLESS
process.env.PORT || 8080
process.env.ENABLE_PARALLEL_TOOL_CALLS
