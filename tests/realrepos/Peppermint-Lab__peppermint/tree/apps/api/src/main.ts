// facts only, one per line
port = 5003;
