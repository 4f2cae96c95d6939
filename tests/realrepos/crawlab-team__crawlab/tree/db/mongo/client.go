// facts only, one per line
			_opts.Port = 27017
