// facts only, one per line
  loggedInAccount: {
  me: {
