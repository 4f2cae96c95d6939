# facts only, one per line
graph = build_graph()
