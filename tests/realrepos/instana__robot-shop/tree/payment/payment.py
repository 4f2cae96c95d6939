# facts only, one per line
app = Flask(
if __name__ == "__main__":
"SHOP_PAYMENT_PORT", "8080
