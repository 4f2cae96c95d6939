  s.add_runtime_dependency "jenkins_api_client", "~> 2.0"
