// facts only, one per line
.StringVarP(&namespace, "namespace", "n", "", "namespace IS or handle for recode generation"
.StringVarP(&module, "module", "m", "", "module IS or handle for recode generation"
