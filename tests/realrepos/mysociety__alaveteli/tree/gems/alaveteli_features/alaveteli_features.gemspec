
  spec.add_dependency "rails", ">= 8.0.1", "< 8.2.0"
  spec.add_dependency "flipper", "~> 1.3.2"
  spec.add_dependency "flipper-active_record", "~> 1.3.2"
  spec.add_dependency "mime-types", "< 4.0.0"
