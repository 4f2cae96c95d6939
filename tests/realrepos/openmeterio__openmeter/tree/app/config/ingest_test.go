// facts only, one per line
"127.0.0.1:29092"
				DebugContexts: pkgkafka.DebugContexts{
"bootstrap.servers":                  "127.0.0.1:29092",
"go.logs.channel.enable":             true,
"sasl.mechanism":                     "PLAIN",
"sasl.password":                      "pass",
"sasl.username":                      "user",
"security.protocol":                  "SASL_SSL",
"socket.keepalive.enable":            true,
"127.0.0.1:29092"
"bootstrap.servers":      "127.0.0.1:29092",
"go.logs.channel.enable": true,
