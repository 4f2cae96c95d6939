# facts only, one per line
MONGODB_ATLAS_HOST
mongodb+srv://
MONGODB_ATLAS_HOST
MONGODB_ATLAS_HOST
