// facts only, one per line
  de: {
  en: {
  fi: {
  it: {
  nl: {
  zh: {
