
  spec.add_dependency 'dradis-plugins', '>= 4.0'
  spec.add_dependency 'liquid'
  spec.add_dependency 'ollama-ai', '~> 1.3.0'
