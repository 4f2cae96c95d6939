// facts only, one per line
process.env.ADMIN_KEY
process.env.ADMIN_KEY
                user: {
                form: {
                token: {
