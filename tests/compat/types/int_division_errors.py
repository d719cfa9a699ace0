# Integer and long division/modulo by zero messages.
for f in [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: divmod(1, 0),
          lambda: 1L / 0, lambda: 10 ** 30 % 0, lambda: 1 / 0L, lambda: 0 ** -1,
          lambda: 1.0 / 0, lambda: 1.0 % 0, lambda: 1.0 // 0, lambda: divmod(1.0, 0),
          lambda: 0.0 ** -1, lambda: 5 % 0.0]:
    try:
        f()
    except ZeroDivisionError as e:
        print e
