// facts only, one per line
  longDateFormat: {
  week: {
