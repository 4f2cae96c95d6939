// facts only, one per line
  api: {
  mongodb: {
  postgres: {
  mysql: {
  firestore: {
  realtimedb: {
  googleAnalytics: {
  jira: {
  strapi: {
  stripe: {
  stripeOfficial: {
  customerio: {
  timescaledb: {
  supabasedb: {
  rdsPostgres: {
  rdsMysql: {
  clickhouse: {
