# facts only, one per line
"WSPORT", "5100
redis://
"HIGHCHARTS_SERVER_PORT", "6060
