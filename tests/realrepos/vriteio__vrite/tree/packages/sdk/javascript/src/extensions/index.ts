// facts only, one per line
        env.currentScope = {
        env.currentScope = {
