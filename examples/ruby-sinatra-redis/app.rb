# A visit counter in Redis, reached through REDIS_URL. GET /health answers without Redis.
require "json"
require "redis"
require "sinatra/base"

class Counter < Sinatra::Base
  before { content_type :json }

  get "/health" do
    { status: "ok" }.to_json
  end

  get "/" do
    redis = Redis.new(url: ENV.fetch("REDIS_URL", "redis://localhost:6379/0"))
    { greeting: "Hello from Ruby #{RUBY_VERSION}", visits: redis.incr("visits") }.to_json
  rescue Redis::BaseError => e
    status 503
    { error: "redis unavailable: #{e.message}" }.to_json
  end
end
