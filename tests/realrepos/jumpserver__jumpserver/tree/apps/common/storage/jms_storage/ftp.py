# facts only, one per line
"PORT", 21
