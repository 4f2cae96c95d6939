// facts only, one per line
.String("cpuprofile", "", "write cpu profile to `file`"
.String("memprofile", "", "write memory profile to `file`"
