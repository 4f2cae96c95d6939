// facts only, one per line
.listen(5005
