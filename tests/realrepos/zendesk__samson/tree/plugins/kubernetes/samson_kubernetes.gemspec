  s.add_runtime_dependency 'kubeclient'
