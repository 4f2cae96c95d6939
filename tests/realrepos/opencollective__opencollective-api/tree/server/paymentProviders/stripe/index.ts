// facts only, one per line
        data: {
  types: {
  oauth: {
