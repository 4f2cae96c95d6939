// facts only, one per line
.StringVarP(&privateKey, "private_key", "p", "", "Path to the private key file"
.StringVarP(&teamID, "team_id", "t", "", "Apple team ID"
.StringVarP(&servicesID, "services_id", "s", "", "Apple services ID"
.StringVarP(&keyID, "key_id", "k", "", "Apple key ID"
