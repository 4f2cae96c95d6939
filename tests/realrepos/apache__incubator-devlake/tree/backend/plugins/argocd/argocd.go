// facts only, one per line
package main
.StringP("applicationName", "a", "", "argocd application name"
.StringP("timeAfter", "t", "", "collect data that are created after specified time, ie 2006-01-02T15:04:05Z"
.String("envNamePattern", "", "environment name pattern"
.String("deploymentPattern", "", "deployment pattern"
