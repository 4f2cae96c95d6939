  s.add_runtime_dependency 'flowdock'
