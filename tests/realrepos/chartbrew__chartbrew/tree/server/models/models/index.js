// facts only, one per line
process.env.NODE_ENV
  pool: {
  define: {
  dialectOptions: {
      sslOptions = {
      sslOptions = {
      sslOptions = {
      sslOptions = {
      sslOptions = {
      sslOptions = {
  options.dialectOptions.ssl = {
  migrations: {
