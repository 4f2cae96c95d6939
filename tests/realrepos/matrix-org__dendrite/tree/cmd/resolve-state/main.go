// facts only, one per line
package main
.String("filtertype", "", "the event types to filter on"
