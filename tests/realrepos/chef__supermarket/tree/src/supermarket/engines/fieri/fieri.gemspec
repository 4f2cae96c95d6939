
  s.add_dependency "dotenv-rails"
  s.add_dependency "mixlib-archive", ">= 0.4", "< 2.0"
  s.add_dependency "octokit", "~> 4.16" # 4.16+ fixes deprecations in auth
  s.add_dependency "rails", "~> 7.1.5.2"
  s.add_dependency "sidekiq", ">= 6.4", "< 7.0"
  s.add_dependency "cookstyle", ">= 7.30"
  s.add_dependency "net-smtp"
  s.add_dependency "sprockets-rails"
