// facts only, one per line
package main
.StringP("projectGitURL", "g", "", "user dbt project git url."
.StringP("profilesPath", "", "/Users/abeizn/.dbt"
.StringP("profile", "", "default"
.StringP("selector", "", "", "dbt selector"
.StringP("state", "", "", "dbt state"
.StringP("timeAfter", "a", "", "collect data that are created after specified time, ie 2006-01-02T15:04:05Z"
