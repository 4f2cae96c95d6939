# facts only, one per line
pwd_generator: PasswordGenerator = get_pwd_generator()
