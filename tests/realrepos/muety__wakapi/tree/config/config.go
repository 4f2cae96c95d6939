// facts only, one per line
portMaxRate             int                          `yaml:"import_max_rate" default:"24"
portBatchSize           int                          `yaml:"import_batch_size" default:"50"
Port             int      `default:"3000"
