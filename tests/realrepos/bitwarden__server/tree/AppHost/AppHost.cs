# facts only, one per line
.AddSqlServerDatabaseResource(
