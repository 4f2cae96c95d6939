// facts only, one per line
	DtmMetricsPort = 8889
Port                      int64            `yaml:"HttpPort" default:"36789"
Port                      int64            `yaml:"GrpcPort" default:"36790"
Port                   int64            `yaml:"JsonRpcPort" default:"36791"
