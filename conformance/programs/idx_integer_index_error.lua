-- indexing nil obtained through a constant integer index
local rows = {{1, 2}, {3, 4}}
print(rows[1][2], rows[2][1])
print(rows[3])
rows[3] = {5, 6}
print(rows[3][2])
print(#rows)
rows[3] = nil
print(#rows)
local i = 2
print(rows[i][2])
print(rows[3][1])
print("unreachable")
