// facts only, one per line
//go:build testing
				Port:     "8080
			expectedPort:  "8080
			expectedPort:  "45876
				Port:     "9090
			expectedPort:  "9090
listenAddr = "127.0.0.1:46050"
				Port:        "8080
				Port:        "9090
				Port:        "7070
				Port:        "6060
				Port:        "5050
				Port:        "4040
				Port:        "3030
				Port:        "2020
listenAddr = "127.0.0.1:12345"
listenAddr = "127.0.0.1:12345"
listenAddr = "127.0.0.1:12345"
listenAddr = "127.0.0.1:12345"
listenAddr = "127.0.0.1:12345"
listenAddr = "127.0.0.1:12345"
