// facts only, one per line
package main
.String("bucket-name", "", "The bucket name to store the export file."
.String("filename-root", "", "The root filename for the export file."
.String("region", "", "The output region for the export batches/files."
.String("from-timestamp", "", "The timestamp (RFC3339) when this config becomes active."
.String("thru-timestamp", "", "The timestamp (RFC3339) when this config ends."
.String("signing-key", "", "The KMS resource ID to use for signing batches."
.String("signing-key-id", "", "The ID of the signing key (for clients)."
.String("signing-key-version", "", "The version of the signing key (for clients)."
