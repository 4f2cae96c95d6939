// facts only, one per line
		globalConf.ControlAPIPort = 1212
// ":443"
"example.com": "exact-cert-id",
"example.com":      "exact-no-port-cert-id",
listenAddr = "127.0.0.1:8003"
		spec.ListenPort = 6001
"127.0.0.1:6001"
"127.0.0.1:6001"
listenAddr = "127.0.0.1:8005"
		proxyListenPort = 6005
