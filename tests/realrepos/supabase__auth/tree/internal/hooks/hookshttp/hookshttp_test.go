// facts only, one per line
				HTTPHookSecrets: conf.HTTPHookSecrets{
				HTTPHookSecrets: conf.HTTPHookSecrets{
