// facts only, one per line
package main
.StringP("fullName", "n", "", "bitbucket id: owner/repo"
.StringP("timeAfter", "a", "", "collect data that are created after specified time, ie 2006-01-02T15:04:05Z"
.StringP("deployment", "", "", "deployment pattern"
.StringP("production", "", "", "production pattern"
