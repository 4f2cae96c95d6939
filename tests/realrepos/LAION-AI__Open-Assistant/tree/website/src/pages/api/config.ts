// facts only, one per line
process.env.BYE
process.env.ENABLE_CHAT
process.env.ENABLE_DRAFTS_WITH_PLUGINS
process.env.NUM_GENERATED_DRAFTS
process.env.ENABLE_EMAIL_SIGNIN
process.env.ENABLE_EMAIL_SIGNIN_CAPTCHA
process.env.CLOUDFLARE_CAPTCHA_SITE_KEY
process.env.CURRENT_ANNOUNCEMENT
