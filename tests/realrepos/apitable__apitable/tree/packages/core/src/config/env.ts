// facts only, one per line
process.env.REACT_APP_DEPLOYMENT_MODELS
