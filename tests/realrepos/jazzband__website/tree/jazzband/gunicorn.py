# facts only, one per line
"PORT", 5000
