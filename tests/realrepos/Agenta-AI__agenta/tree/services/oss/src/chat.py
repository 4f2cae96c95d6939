# facts only, one per line
chat_v0_app = create_chat_app()
