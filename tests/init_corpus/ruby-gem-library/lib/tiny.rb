module Tiny; end
