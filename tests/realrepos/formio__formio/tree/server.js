// facts only, one per line
process.env.TEST_SUITE
process.env.NO_INSTALL
