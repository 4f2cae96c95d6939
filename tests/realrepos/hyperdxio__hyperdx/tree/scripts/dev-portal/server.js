// facts only, one per line
env.HDX_PORTAL_PORT || '9900
