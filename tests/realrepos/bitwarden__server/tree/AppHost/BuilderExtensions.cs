# facts only, one per line
.AddExecutable("setup-secrets", "pwsh"
.AddExecutable("run-db-migrations", "pwsh"
.AddParameter("dbPassword"
.AddSqlServer("mssql"
.AddDatabase("vault-db"
.AddAzureStorage("azurite"
.AddExecutable("azurite-setup", "pwsh"
.AddContainer("mailcatcher"
.AddContainer("redis"
.AddParameter("sso-org-id"
.AddContainer("idp"
.AddProject(
.AddBitwardenNpmApp("web-frontend", "web", api, port: port, scriptName: scriptName) .WithUrl(url) .WithExternalHttpEndpoints()
.AddJavaScriptApp(
.AddParameter("ngrok-auth-token"
.AddNgrok("billing-webhook-ngrok-endpoint"
