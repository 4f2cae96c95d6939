// facts only, one per line
package main
.StringP("time-after", "a", "", "collect data that are created after specified time, ie 2006-01-02T15:04:05Z"
.String("issueTypeIncident", "", "issue type incident"
