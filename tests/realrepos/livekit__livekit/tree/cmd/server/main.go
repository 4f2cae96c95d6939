// facts only, one per line
package main
cli.StringFlag{ Name: "config", Usage: "path to LiveKit config file", }
cli.StringFlag{ Name: "config-body", Usage: "LiveKit config in YAML, typically passed in as an environment var in a container", Sources: cli.EnvVars("LIVEKIT_CONFIG"), }
cli.StringFlag{ Name: "key-file", Usage: "path to file that contains API keys/secrets", }
cli.StringFlag{ Name: "keys", Usage: "api keys (key: secret\\n)", Sources: cli.EnvVars("LIVEKIT_KEYS"), }
cli.StringFlag{ Name: "region", Usage: "region of the current node. Used by regionaware node selector", Sources: cli.EnvVars("LIVEKIT_REGION"), }
cli.StringFlag{ Name: "node-ip", Usage: "IP address of the current node, used to advertise to clients. Automatically determined by default", Sources: cli.EnvVars("NODE_IP"), }
cli.StringFlag{ Name: "udp-port", Usage: "UDP port(s) to use for WebRTC traffic", Sources: cli.EnvVars("UDP_PORT"), }
cli.StringFlag{ Name: "redis-host", Usage: "host (incl. port) to redis server", Sources: cli.EnvVars("REDIS_HOST"), }
cli.StringFlag{ Name: "redis-password", Usage: "password to redis", Sources: cli.EnvVars("REDIS_PASSWORD"), }
cli.StringFlag{ Name: "turn-cert", Usage: "tls cert file for TURN server", Sources: cli.EnvVars("LIVEKIT_TURN_CERT"), }
cli.StringFlag{ Name: "turn-key", Usage: "tls key file for TURN server", Sources: cli.EnvVars("LIVEKIT_TURN_KEY"), }
cli.StringFlag{ Name: "cpuprofile", Usage: "write CPU profile to `file`", }
cli.StringFlag{ Name: "memprofile", Usage: "write memory profile to `file`", }
cli.StringFlag{ Name: "room", Usage: "name of room to join", Required: true, }
cli.StringFlag{ Name: "identity", Usage: "identity of participant that holds the token", Required: true, }
