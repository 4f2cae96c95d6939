# facts only, one per line
"litellm://"
