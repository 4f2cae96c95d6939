// facts only, one per line
    id: {
    version: {
    createdAt: {
    updatedAt: {
