// facts only, one per line
listenAddr = "localhost:389"
"127.0.0.1:3306"
"127.0.0.1:5432"
