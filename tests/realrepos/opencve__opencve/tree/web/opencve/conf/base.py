# facts only, one per line
DATABASES
postgresql://
DATABASES
postgresql://
