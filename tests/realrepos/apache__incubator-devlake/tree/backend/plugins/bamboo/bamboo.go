// facts only, one per line
package main
.StringP("project-key", "p", "", "bamboo project key"
.StringP("time-after", "a", "", "collect data that are created after specified time, ie 2006-01-02T15:04:05Z"
.StringP("deployment", "", "", "deployment pattern"
.StringP("production", "", "", "production pattern"
