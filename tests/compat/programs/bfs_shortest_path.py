# Breadth-first search on a grid maze and Dijkstra on a small weighted graph.
import collections
import heapq
MAZE = ["S.#.....",
        ".##.###.",
        "....#...",
        "##.##.#.",
        "......#E"]
def find(ch):
    for y, row in enumerate(MAZE):
        if ch in row:
            return row.index(ch), y
start, end = find("S"), find("E")
prev = {start: None}
q = collections.deque([start])
while q:
    x, y = q.popleft()
    if (x, y) == end:
        break
    for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nx, ny = x + dx, y + dy
        if 0 <= ny < len(MAZE) and 0 <= nx < len(MAZE[0]) and MAZE[ny][nx] != "#" and (nx, ny) not in prev:
            prev[(nx, ny)] = (x, y)
            q.append((nx, ny))
path = []
node = end
while node:
    path.append(node)
    node = prev[node]
path.reverse()
print len(path) - 1, path
grid = [list(r) for r in MAZE]
for x, y in path[1:-1]:
    grid[y][x] = "*"
print "\n".join("".join(r) for r in grid)
graph = {"a": {"b": 7, "c": 9, "f": 14}, "b": {"c": 10, "d": 15}, "c": {"d": 11, "f": 2}, "d": {"e": 6}, "e": {}, "f": {"e": 9}}
dist = {"a": 0}
heap = [(0, "a")]
while heap:
    d, u = heapq.heappop(heap)
    if d > dist.get(u, 1e9):
        continue
    for v, w in graph[u].items():
        if d + w < dist.get(v, 1e9):
            dist[v] = d + w
            heapq.heappush(heap, (d + w, v))
print sorted(dist.items()), dist
