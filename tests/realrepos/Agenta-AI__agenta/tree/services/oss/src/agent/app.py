# facts only, one per line
agent_v0_app = create_agent_app()
