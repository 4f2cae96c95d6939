// facts only, one per line
"0.0.0.0:3000"
#[ "0.0.0.0:3000"
