// facts only, one per line
env.WHATSAPP_GATEWAY_PORT || '3005
        raw: {
