# A program ending after a trailing-comma print still gets a final newline.
for i in range(3):
    print i,
