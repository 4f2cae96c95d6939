// facts only, one per line
package main
cli.StringFlag{ Name: "config", Value: "", Usage: "load YAML configuration from `FILE`", EnvVars: []string{"UPTRACE_CONFIG"}, }
fxApp.Run()
