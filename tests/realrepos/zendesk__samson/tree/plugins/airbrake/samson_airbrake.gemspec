
  s.add_runtime_dependency 'airbrake'
