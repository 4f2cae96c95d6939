  s.add_runtime_dependency "zendesk_api"
