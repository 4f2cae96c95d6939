# facts only, one per line
.AddPostgres("postgres"
.AddDatabase("fitnetsdb", "fitnet"
.AddRabbitMQ("rabbitmq"
