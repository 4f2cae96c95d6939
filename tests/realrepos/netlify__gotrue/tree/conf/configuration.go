// facts only, one per line
Port            int `envconfig:"PORT" default:"8081"
Port         int           `json:"port,omitempty" default:"587"
