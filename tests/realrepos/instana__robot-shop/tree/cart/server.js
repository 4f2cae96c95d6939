// facts only, one per line
env.CART_SERVER_PORT || '8080
