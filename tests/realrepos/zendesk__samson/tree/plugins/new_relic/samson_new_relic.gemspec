  s.add_runtime_dependency "newrelic_rpm"
