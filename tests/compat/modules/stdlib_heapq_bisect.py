# heapq and bisect: heap order with ties, nsmallest/nlargest, merge, insort.
import heapq
import bisect
h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, x)
print h, [heapq.heappop(h) for _ in range(3)], h
data = [(2, "b"), (1, "z"), (2, "a"), (1, "y")]
heapq.heapify(data)
print data, heapq.nsmallest(2, data), heapq.nlargest(2, [4, 1, 7, 3]), list(heapq.merge([1, 4], [2, 3], [0]))
print heapq.heappushpop([1, 5], 3), heapq.heapreplace([1, 5], 0), heapq.nsmallest(2, "hello", key=ord)
a = [1, 3, 3, 5, 8]
print bisect.bisect(a, 3), bisect.bisect_left(a, 3), bisect.bisect_right(a, 10), bisect.bisect_left(a, -1)
bisect.insort(a, 4)
bisect.insort_left(a, 3)
print a
