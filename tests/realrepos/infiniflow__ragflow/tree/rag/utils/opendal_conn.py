# facts only, one per line
mysql://
