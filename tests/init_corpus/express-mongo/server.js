require('dotenv').config();
const express = require('express');
const mongoose = require('mongoose');

const app = express();
const PORT = process.env.PORT || 8080;

mongoose.connect(process.env.MONGODB_URL);
app.listen(PORT, () => console.log(`listening on ${PORT}`));
