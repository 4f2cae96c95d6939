// facts only, one per line
.listen(3030
