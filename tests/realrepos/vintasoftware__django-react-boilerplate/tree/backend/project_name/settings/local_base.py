# facts only, one per line
# mailhog
mailhog
