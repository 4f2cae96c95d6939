// facts only, one per line
		Profile: &systemRole{
