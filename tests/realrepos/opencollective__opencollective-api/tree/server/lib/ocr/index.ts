// facts only, one per line
    data: {
      ocrData: {
    amount.exchangeRate = {
      where: {
        data: {
