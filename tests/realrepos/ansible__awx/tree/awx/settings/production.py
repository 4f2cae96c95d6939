# facts only, one per line
DATABASES
    from django
