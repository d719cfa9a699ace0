# len(), range(), sum(), max(), min(), abs() and sorted() on simple data.
nums = [5, 3, 9, 1, 7]
print len(nums), sum(nums), max(nums), min(nums)
print sorted(nums), nums
print sorted("banana"), sorted(["pear", "apple", "fig"])
print sum(range(101)), sum([]), sum([1.5, 2.5]), sum([1, 2], 10)
print max(3, 8, 2), min(3, 8, 2), max("abc"), min([2.5, 1, 3L])
print abs(-5), abs(5), abs(-2.5), abs(0), abs(-10 ** 20)
print len("abc"), len([]), len((1, 2)), len({1: 2, 3: 4})
print range(1, 11), sum(range(1, 11))
