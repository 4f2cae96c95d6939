# facts only, one per line
_DEFAULT_AGENT_TEMPLATE = build_agent_v0_default()
