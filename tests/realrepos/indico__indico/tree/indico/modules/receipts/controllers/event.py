# facts only, one per line
'event://'
