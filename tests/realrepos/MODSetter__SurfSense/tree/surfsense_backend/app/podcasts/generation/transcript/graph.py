# facts only, one per line
graph = build_transcript_graph()
