// facts only, one per line
        mongoConfig = {
          router.formio.schemas = {
          router.formio.templates = {
