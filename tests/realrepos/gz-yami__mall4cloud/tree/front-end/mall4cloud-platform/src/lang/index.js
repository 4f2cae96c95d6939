// facts only, one per line
  en: {
  zh: {
