// facts only, one per line
module.exports = {
