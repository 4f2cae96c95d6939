// facts only, one per line
"Port", "4533
