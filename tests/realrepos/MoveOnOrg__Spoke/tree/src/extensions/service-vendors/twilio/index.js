// facts only, one per line
process.env.TWILIO_MESSAGE_VALIDITY_PERIOD
process.env.TWILIO_STATUS_CALLBACK_URL
process.env.BASE_URL
process.env.JOBS_SAME_PROCESS
