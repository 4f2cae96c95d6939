// facts only, one per line
Port           int           `json:"port,omitempty" default:"587"
