// facts only, one per line
process.env.TEXT_GEN_WEB_UI_BASE_PATH
process.env.TEXT_GEN_WEB_UI_BASE_PATH
