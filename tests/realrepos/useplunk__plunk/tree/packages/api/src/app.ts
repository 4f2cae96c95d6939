// facts only, one per line
.listen(4000
