# facts only, one per line
graph = build_brief_graph()
