// facts only, one per line
	DefaultMongoPort         = 27017
	DefaultMysqlPort         = 3306
	DefaultPostgresqlPort    = 5432
	DefaultMssqlPort         = 1433
	DefaultCockroachdbPort   = 26257
	DefaultElasticsearchPort = 9200
	DefaultKafkaPort         = 9092
