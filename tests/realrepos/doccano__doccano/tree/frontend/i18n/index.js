// facts only, one per line
  vueI18n: {
  detectBrowserLanguage: {
