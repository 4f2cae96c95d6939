# facts only, one per line
reload =
