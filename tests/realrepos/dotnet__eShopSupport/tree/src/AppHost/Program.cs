# facts only, one per line
.AddParameter("PostgresPassword"
.AddPostgres("eshopsupport-postgres"
.AddDatabase("backenddb"
.AddQdrant("vector-db"
.AddOllama("chatcompletion"
// .AddConnectionString("chatcompletion"
.AddAzureStorage("eshopsupport-storage"
.AddBlobs("eshopsupport-blobs"
.AddPythonUvicornApp("python-inference", Path.Combine("..", "PythonInference"), port: 62394)
.AddRedis("redis"
