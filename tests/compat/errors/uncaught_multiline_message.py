# An exception message containing newlines is printed as is.
raise ValueError("first line\nsecond line\n  indented third")
