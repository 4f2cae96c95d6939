// facts only, one per line
package main
.StringVar(&cfg.dir, "dir", "", "source directory of templates"
