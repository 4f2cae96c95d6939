// facts only, one per line
process.env.AGENT_MAX_TOOL_CALLS
