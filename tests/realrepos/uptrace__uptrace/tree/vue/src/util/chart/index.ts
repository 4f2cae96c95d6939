// facts only, one per line
    textStyle: {
    axisPointer: {
