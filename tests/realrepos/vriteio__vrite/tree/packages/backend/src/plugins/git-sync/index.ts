// facts only, one per line
    webhooks: {
    oauth: {
    Querystring: {
    Querystring: {
