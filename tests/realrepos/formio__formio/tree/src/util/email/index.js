// facts only, one per line
  email:
process.env.DEFAULT_TRANSPORT
process.env.EMAIL_OVERRIDE
              port: 587,
              auth: {
              port: 587,
              auth: {
              port: 587,
              auth: {
                  headers: {
