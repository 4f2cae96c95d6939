# facts only, one per line
mysql+aiomysql://
mysql+aiomysql://
amqp://
redis://
mysql+aiomysql://
mysql+aiomysql://
config: Config = get_config()
