// facts only, one per line
		JSONWebKeys: &jose.JSONWebKeySet{
