await app.listen(3000);
