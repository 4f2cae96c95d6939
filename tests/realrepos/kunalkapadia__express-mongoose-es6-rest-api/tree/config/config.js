// facts only, one per line
PORT: Joi.number() .default(4040)
