// facts only, one per line
listenAddr = "localhost:9000"
listenAddr = "localhost:5432"
grpcAddr = ":14317"
listenAddr = ":14318"
	conf.SMTPMailer.Port = 25
