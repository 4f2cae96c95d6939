"""The engine: observe what runs, plan the steps to what the spec wants, apply them."""
