// facts only, one per line
				ApiGroups: pulumi.StringArray{
