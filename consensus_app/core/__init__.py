"""Pure-Python logic: no Qt, no database. Plain data in, plain data out."""
