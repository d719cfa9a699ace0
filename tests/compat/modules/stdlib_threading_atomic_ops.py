# Single operations on builtin containers are atomic across threads (list.append, dict setitem, set.add).
import threading
import itertools
shared_list = []
shared_dict = {}
shared_set = set()
counter = itertools.count()
def work(tid):
    for i in range(1000):
        shared_list.append((tid, i))
        shared_dict[(tid, i)] = i
        shared_set.add(next(counter))
threads = [threading.Thread(target=work, args=(t,)) for t in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print len(shared_list), len(shared_dict), len(shared_set), sorted(shared_set) == range(6000)
print sorted(shared_list) == sorted(shared_dict.keys()), sum(shared_dict.values())
