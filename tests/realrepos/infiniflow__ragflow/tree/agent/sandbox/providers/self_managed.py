# facts only, one per line
"SANDBOX_EXECUTOR_MANAGER_PORT", "9385
