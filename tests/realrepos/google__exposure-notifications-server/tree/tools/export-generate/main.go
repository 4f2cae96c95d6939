// facts only, one per line
package main
.String("signing-key", "", "The path to a private key PEM to use for signing"
.String("start-timestamp", "", "The test export start timestamp (RFC3339, e.g. 2020-05-01T15:00:00Z). (default yesterday)"
.String("end-timestamp", "", "The test export end timestamp (RFC3339, e.g. 2020-05-02T15:00:00Z). (default now)"
.String("tek-file", "", "JSON file of TEKs in the same format as calling publish endpoint"
