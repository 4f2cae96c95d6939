# facts only, one per line
const int DEFAULT_PORT = 9696;
const int DEFAULT_SSL_PORT = 6969;
GetValueInt("Port", DEFAULT_PORT)
