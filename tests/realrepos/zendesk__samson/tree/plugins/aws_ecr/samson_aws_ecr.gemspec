  s.add_runtime_dependency "aws-sdk-ecr"
