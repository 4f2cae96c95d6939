// facts only, one per line
process.env.TEST_SUITE
    full: {
    partial: {
      mongoConfig = {
process.env.TEST_SUITE
process.env.TEST_SUITE
