# facts only, one per line
jwt_generator: JWTGenerator = get_jwt_generator()
