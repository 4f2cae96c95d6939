// facts only, one per line
  data: {
    Get: {
    content: {
        invertedIndexConfig: {
            moduleConfig: {
            moduleConfig: {
            moduleConfig: {
            moduleConfig: {
    headers: {
          data: {
            Get: {
    content: {
    content: {
        data: {
          Get: {
          contentGroupId: {
