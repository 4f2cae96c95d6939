# facts only, one per line
agent_v0 = make_agent_handler()
