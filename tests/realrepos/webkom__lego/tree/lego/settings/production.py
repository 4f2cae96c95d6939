# facts only, one per line
DATABASES
