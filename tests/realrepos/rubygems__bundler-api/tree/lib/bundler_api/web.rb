require 'sinatra/base'
