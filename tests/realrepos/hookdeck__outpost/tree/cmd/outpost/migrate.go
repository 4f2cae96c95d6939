// facts only, one per line
package main
cli.StringFlag{ Name: "config", Aliases: []string{"c"}, Usage: "Path to config file", Sources: cli.EnvVars("CONFIG"), }
