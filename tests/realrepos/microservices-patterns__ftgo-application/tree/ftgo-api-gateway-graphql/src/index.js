// facts only, one per line
PORT = 3000;
