// facts only, one per line
		ServerACL: ServerACL{
		ServerACL: ServerACL{
