// facts only, one per line
    event:
        port: 465,
