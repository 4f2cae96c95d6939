  s.add_runtime_dependency "aws-sdk-s3"
  s.add_runtime_dependency "dotenv"
