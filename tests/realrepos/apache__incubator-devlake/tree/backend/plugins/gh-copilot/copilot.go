// facts only, one per line
package main
.StringP("scopeId", "s", "", "gh-copilot scope id (organization)"
.StringP("timeAfter", "a", "", "collect data created after the specified time"
