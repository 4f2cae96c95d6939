// facts only, one per line
"baseclient.baseuri":             true,
"baseclient.subscriptionid":      true,
