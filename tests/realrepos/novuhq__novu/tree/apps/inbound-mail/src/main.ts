// facts only, one per line
PORT || 25
