// facts only, one per line
package main
.StringP("organizationId", "o", "", "Azure DevOps Organization"
.StringP("projectId", "p", "", "Azure DevOps Project"
.StringP("repositoryId", "r", "", "Azure DevOps Git Repo"
.StringP("timeAfter", "a", "", "collect data that are created after specified time, ie 2006-05-06T07:08:09Z"
.StringP("deployment", "", "(?i)deploy"
.StringP("production", "", "(?i)prod"
