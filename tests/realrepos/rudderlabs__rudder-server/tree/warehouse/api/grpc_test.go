// facts only, one per line
"Warehouse.grpc.defaultLatencyAggregationType": "p90",
"Warehouse.grpc.defaultLatencyAggregationType": "p90",
"Warehouse.grpc.defaultLatencyAggregationType":  "p90",
