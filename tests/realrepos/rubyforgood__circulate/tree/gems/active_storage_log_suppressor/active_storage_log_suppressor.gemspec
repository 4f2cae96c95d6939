
  spec.add_dependency "rails", ">= 6.0.0"
