// facts only, one per line
.StringVarP(&atk.cfgFile, "config", "c", "", "config file path (defaults are './artalk.yml')"
.StringVarP(&atk.workDir, "workdir", "w", "", "program working directory (defaults are './')"
