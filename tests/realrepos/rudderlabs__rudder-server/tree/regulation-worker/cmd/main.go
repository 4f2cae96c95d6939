// facts only, one per line
package main
		API: &client.JobAPI{
