# facts only, one per line
if current_app.config['ENABLE_ELASTICSEARCH
if current_app.config['ENABLE_ELASTICSEARCH
