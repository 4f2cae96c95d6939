// facts only, one per line
  types: {
  oauth: {
              data: {
                data: {
                data: {
