# facts only, one per line
.AddContainer("papercut", "jijiechen/papercut"
