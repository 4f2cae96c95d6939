// facts only, one per line
process.env.NVIDIA_NIM_LLM_BASE_PATH
process.env.NVIDIA_NIM_LLM_BASE_PATH
process.env.NVIDIA_NIM_LLM_MODEL_PREF
process.env.NVIDIA_NIM_LLM_BASE_PATH
process.env.NVIDIA_NIM_LLM_MODEL_TOKEN_LIMIT
