
  s.add_runtime_dependency 'git_diff_parser'
  s.add_runtime_dependency 'gitlab'
