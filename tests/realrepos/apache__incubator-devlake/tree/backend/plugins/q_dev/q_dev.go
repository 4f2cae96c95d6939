// facts only, one per line
package main
.StringP("s3Prefix", "p", "", "s3 bucket prefix for q_dev data"
.StringP("timeAfter", "a", "", "collect data that are created after specified time, ie 2006-01-02T15:04:05Z"
