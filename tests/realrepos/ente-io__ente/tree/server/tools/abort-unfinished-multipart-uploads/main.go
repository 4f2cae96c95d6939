// facts only, one per line
package main
.StringVar(&bucket, "bucket", "", "Bucket to delete from"
