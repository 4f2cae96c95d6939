// facts only, one per line
env.CATALOGUE_SERVER_PORT || '8080
