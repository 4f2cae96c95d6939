
  s.add_runtime_dependency 'rollbar'
  s.add_runtime_dependency 'rollbar-user_informer'
