// facts only, one per line
Port     int    `mapstructure:"port" json:"port,omitempty" default:"5431"
