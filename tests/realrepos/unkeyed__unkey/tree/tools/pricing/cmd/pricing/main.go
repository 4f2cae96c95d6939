// facts only, one per line
package main
cli.StringFlag{ Name: "env", Value: string(pricing.EnvSandbox), Usage: "target environment: sandbox | canary | production", }
