// facts only, one per line
  getters: {
  mutations: {
      state.publicBodies = {
  actions: {
