// facts only, one per line
"Warehouse.bigquery.customPartitionsEnabled": true,
"Warehouse.bigquery.customPartitionsEnabledWorkspaceIDs": "workspaceID",
