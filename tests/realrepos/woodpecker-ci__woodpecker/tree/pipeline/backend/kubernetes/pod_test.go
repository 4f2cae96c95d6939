// facts only, one per line
		SeccompProfile: &SecProfile{
		ApparmorProfile: &SecProfile{
