# facts only, one per line
.AddPostgres("postgres"
.AddDatabase("fitnetcontractsdb", "fitnet"
.AddRabbitMQ("rabbitmq"
