// facts only, one per line
.StringVarP(&audience, "aud", "a", "", "Set the new user's audience"
.StringVarP(&instanceID, "instance_id", "i", "", "Set the instance ID to interact with"
