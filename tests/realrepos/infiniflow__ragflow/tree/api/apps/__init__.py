# facts only, one per line
app = Quart(
