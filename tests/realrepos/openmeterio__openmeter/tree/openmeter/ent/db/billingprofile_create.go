// facts only, one per line
mutation.SetDefault(v)
mutation.SetDefault(v)
