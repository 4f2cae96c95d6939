// facts only, one per line
  port:
module.exports = {
  port: 3001,
  appPort: 8080,
process.env.TEST_SUITE
  jwt: {
  email: {
  settings: {
    office365: {
    email: {
      gmail: {
        auth: {
      sendgrid: {
        auth: {
