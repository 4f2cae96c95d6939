# facts only, one per line
.AddSqlServer("sqlserver"
.AddDatabase("cleanarchitecture"
.AddContainer("papercut", "jijiechen/papercut"
