// facts only, one per line
package main
.StringVar(&f.CPUProfile, "cpuprofile", "", "Write cpu profile to `file`."
.StringVar(&f.MemProfile, "memprofile", "", "Write memory profile to `file`."
