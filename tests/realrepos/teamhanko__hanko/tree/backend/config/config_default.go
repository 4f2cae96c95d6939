// facts only, one per line
		Server: Server{
listenAddr = ":8000"
listenAddr = ":8001"
listenAddr = ":8002"
			Port:            "5432
		Webauthn: WebauthnSettings{
				Port: "465
