  s.add_runtime_dependency 'faraday'
