
  gem.add_dependency 'jbuilder'#, '~> 2.3.1'
