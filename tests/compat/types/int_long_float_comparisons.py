# Comparisons across int, long and float, including values beyond 2**53.
print 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1, 2 ** 53 + 1 > 2.0 ** 53, 2 ** 53 + 1 < 2.0 ** 53 + 2
print 10 ** 400 > 1e308, -10 ** 400 < -1e308, 10 ** 400 < float("inf"), 1 == 1.0 == 1L == True
print cmp(2 ** 64, 2.0 ** 64), cmp(3, 2.5), cmp(2.5, 3L), 0.1 < 1 / 10.0 + 1e-17
nan = float("nan")
print nan == nan, nan != nan, nan < 1, nan > 1, 1 < nan, [nan] == [nan], nan in [nan]
print sorted([3, 1.5, 2L, -1, 0.0, -0.0, True]), max(1, 1.0), max(1.0, 1), min(0, -0.0)
print 9007199254740993 == 9007199254740992.0, 9007199254740993 > 9007199254740992.0
