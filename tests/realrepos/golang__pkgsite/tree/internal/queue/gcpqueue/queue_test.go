// facts only, one per line
				HttpRequest: &taskspb.HttpRequest{
