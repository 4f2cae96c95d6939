// facts only, one per line
    enable:
  config.authUser = {
  config.rss = {
  config.qn_access = {
  config.upload = {
  config.view = {
    mapping: {
  config.ejs = {
  config.admins = {
  config.siteFile = {
  config.redis = {
    client: {
env.EGG_REDIS_PORT || 6379
  config.mongoose = {
    options: {
  config.passportGithub = {
  config.passportLocal = {
  config.mail_opts = {
    port: 25,
    auth: {
  config.alinode = {
  config.topic = {
  config.security = {
    csrf: {
