// facts only, one per line
"go.logs.channel.enable":          true,
"go.application.rebalance.enable": true,
"go.logs.channel.enable": true,
