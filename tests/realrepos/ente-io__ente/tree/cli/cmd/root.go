// facts only, one per line
// .StringVar(&cfgFile, "config", "", "config file (default is $HOME/.cli-go.yaml)"
