// facts only, one per line
module.exports = {
  development: {
process.env.CB_DB_USERNAME_DEV
process.env.CB_DB_PASSWORD_DEV
process.env.CB_DB_NAME_DEV
process.env.CB_DB_HOST_DEV
process.env.CB_DB_CERT_DEV
process.env.CB_DB_SSL_KEY_DEV
process.env.CB_DB_SSL_CERT_DEV
  test: {
process.env.CB_DB_USERNAME_DEV
process.env.CB_DB_PASSWORD_DEV
process.env.CB_DB_NAME_DEV
process.env.CB_DB_HOST_DEV
process.env.CB_DB_CERT_DEV
process.env.CB_DB_SSL_KEY_DEV
process.env.CB_DB_SSL_CERT_DEV
  production: {
process.env.CB_DB_USERNAME
process.env.CB_DB_PASSWORD
process.env.CB_DB_NAME
process.env.CB_DB_HOST
env.CB_DB_PORT || 3306
process.env.CB_DB_CERT
process.env.CB_DB_SSL_KEY
process.env.CB_DB_SSL_CERT
