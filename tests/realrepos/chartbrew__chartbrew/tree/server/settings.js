// facts only, one per line
module.exports = {
process.env.CB_API_PORT
process.env.CB_SECRET
process.env.CB_ALLOW_LEGACY_SHARE_TOKENS
process.env.CB_ENCRYPTION_KEY
process.env.VITE_APP_CLIENT_HOST
process.env.CB_API_HOST
process.env.CB_ADMIN_MAIL
  mailSettings: {
process.env.CB_MAIL_HOST
env.CB_MAIL_PORT || 465
process.env.CB_MAIL_SECURE
    auth: {
process.env.CB_MAIL_USER
process.env.CB_MAIL_PASS
  google: {
process.env.CB_GOOGLE_CLIENT_ID
process.env.CB_GOOGLE_CLIENT_SECRET
process.env.CB_RESTRICT_TEAMS
process.env.CB_RESTRICT_SIGNUP
