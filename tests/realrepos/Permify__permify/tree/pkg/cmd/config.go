// facts only, one per line
.StringP("config", "c", "", "config file (default is $HOME/.permify.yaml)"
