// facts only, one per line
package main
.String("url", "", "The http url of tianji, for example: https://tianji.dev"
.String("workspace", "", "The workspace id for tianji, this should be a uuid"
.String("name", "", "The identification name for this machine"
