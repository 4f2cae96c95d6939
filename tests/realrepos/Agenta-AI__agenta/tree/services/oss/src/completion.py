# facts only, one per line
completion_v0_app = create_completion_app()
