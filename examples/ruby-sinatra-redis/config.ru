require_relative "app"

run Counter
