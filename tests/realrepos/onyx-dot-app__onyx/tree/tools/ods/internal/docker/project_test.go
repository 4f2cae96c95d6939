// facts only, one per line
		ContainerPort: 9001
