ALPHA = "a"
