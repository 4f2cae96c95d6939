// facts only, one per line
    components: {
