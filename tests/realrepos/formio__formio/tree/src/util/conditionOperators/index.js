// facts only, one per line
    valueComponent: {
      widget: {
    valueComponent: {
      widget: {
    valueComponent: {
      data: {
        trigger: {
            schema = {
        trigger: {
module.exports = {
