// facts only, one per line
process.env.RAILS_ENV
