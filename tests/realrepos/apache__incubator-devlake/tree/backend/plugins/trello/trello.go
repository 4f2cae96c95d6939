// facts only, one per line
package main
.StringP("board", "b", "", "trello board id"
.StringP("timeAfter", "a", "", "collect data that are created after specified time, ie 2006-01-02T15:04:05Z"
