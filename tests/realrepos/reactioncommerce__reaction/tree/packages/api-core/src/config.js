// facts only, one per line
PORT: num({ default: 3000
