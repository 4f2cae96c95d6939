
  s.add_runtime_dependency 'datadog', '~> 2'
