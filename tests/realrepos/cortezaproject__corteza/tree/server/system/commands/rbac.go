// facts only, one per line
.StringVarP(&groupBy, "group", "g", "", "Group rules on output"
