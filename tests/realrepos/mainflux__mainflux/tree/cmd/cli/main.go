// facts only, one per line
package main
":9002"
":9000"
":9013"
":9019"
.StringVarP( &cli.Name, "name", "n", "", "Name query parameter"
.StringVarP( &cli.Email, "email", "e", "", "User email query parameter"
.StringVarP( &cli.Metadata, "metadata", "m", "", "Metadata query parameter"
.StringVarP( &cli.Status, "status", "S", "", "User status query parameter"
.StringVarP( &cli.State, "state", "z", "", "Bootstrap state query parameter"
.StringVarP( &cli.Topic, "topic", "T", "", "Subscription topic query parameter"
.StringVarP( &cli.Contact, "contact", "C", "", "Subscription contact query parameter"
