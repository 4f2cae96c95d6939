# facts only, one per line
        settings["DATABASES
