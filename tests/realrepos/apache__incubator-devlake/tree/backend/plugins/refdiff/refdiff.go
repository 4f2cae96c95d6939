// facts only, one per line
package main
.StringP("repo-id", "r", "", "repo id"
.StringP("new-ref", "n", "", "new ref"
.StringP("old-ref", "o", "", "old ref"
.StringP("tags-pattern", "p", "", "tags pattern"
.StringP("tags-order", "d", "", "tags order"
.StringP("project-name", "P", "", "project name"
.StringP("time-after", "a", "", "collect data that are created after specified time, ie 2006-01-02T15:04:05Z"
