// facts only, one per line
  DepGraph.prototype = {
    constructor: {
