# facts only, one per line
"postgres://"
"cockroachdb://"
"ws://"
"wss://"
