# facts only, one per line
    DATABASES
"EMAIL_PORT", 25
