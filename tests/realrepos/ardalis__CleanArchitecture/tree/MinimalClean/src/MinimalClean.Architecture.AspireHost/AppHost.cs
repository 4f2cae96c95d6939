# facts only, one per line
.AddSqlServer("sqlserver"
.AddDatabase("AppDb"
.AddContainer("papercut", "jijiechen/papercut"
