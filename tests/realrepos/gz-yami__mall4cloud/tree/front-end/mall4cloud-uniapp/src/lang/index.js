// facts only, one per line
  en: {
  zh_CN: {
