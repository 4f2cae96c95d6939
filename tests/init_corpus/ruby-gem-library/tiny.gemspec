Gem::Specification.new do |s|
  s.name = "tiny"
end
