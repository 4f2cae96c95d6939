// facts only, one per line
			HTTPError: &HTTPError{
			HTTPError: &HTTPError{
