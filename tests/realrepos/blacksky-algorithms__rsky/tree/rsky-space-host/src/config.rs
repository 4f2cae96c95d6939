// facts only, one per line
#[ "0.0.0.0:3600"
