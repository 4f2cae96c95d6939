// facts only, one per line
process.env.PORT
env.STACK_EMULATOR_BACKEND_PORT ?? "32102
