// facts only, one per line
process.env.KOBOLD_CPP_BASE_PATH
process.env.KOBOLD_CPP_BASE_PATH
