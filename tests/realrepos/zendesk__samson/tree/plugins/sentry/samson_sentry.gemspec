
  s.add_runtime_dependency 'sentry-rails'
  s.add_runtime_dependency 'sentry-user_informer'
