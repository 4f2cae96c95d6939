// facts only, one per line
package main
	defSvcHTTPPort    = "8180
	defSvcGRPCPort    = "8181
Port       string  `env:"MF_SPICEDB_PORT"                 envDefault:"50051"
