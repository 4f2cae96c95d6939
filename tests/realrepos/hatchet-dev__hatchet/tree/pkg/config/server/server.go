// facts only, one per line
Port int `mapstructure:"port" json:"port,omitempty" default:"8080"
Port int `mapstructure:"healthcheckPort" json:"healthcheckPort,omitempty" default:"8733"
Port int `mapstructure:"grpcPort" json:"grpcPort,omitempty" default:"7070"
listenAddr = "127.0.0.1:7070"
