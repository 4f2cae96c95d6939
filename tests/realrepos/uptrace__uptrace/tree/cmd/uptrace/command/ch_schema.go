// facts only, one per line
cli.StringFlag{ Name: "table", Value: "", Usage: "table name, for example, spans_data or spans_index", }
cli.StringFlag{ Name: "after", Value: "10 DAY", Usage: "ttl interval value", }
cli.StringFlag{ Name: "volume", Value: "s3", Usage: "volume name", }
cli.StringFlag{ Name: "storage", Value: "", Usage: "table storage policy", }
