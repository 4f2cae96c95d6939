
  spec.add_dependency "activestorage"
  spec.add_dependency "rubyXL"
  spec.add_dependency "rubyzip"
  spec.add_dependency "mail"
  spec.add_dependency "mahoro"
