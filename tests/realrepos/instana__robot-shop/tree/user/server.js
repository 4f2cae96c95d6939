// facts only, one per line
env.USER_SERVER_PORT || '8080
