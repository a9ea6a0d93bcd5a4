-- reading with float indices that have exact integer values
local t = {"a", "b", "c"}
print(t[1.0], t[2.0], t[3.0], t[4.0])
print(t[3 / 3], t[4 / 2], t[2 ^ 0])
local i = 1.0
while t[i] do io.write(t[i]); i = i + 1 end
print()
print(math.type(i), i)
local keys = {}
keys[10] = "ten"
print(keys[10.0], keys[1e1], keys[10.5])
local big = {}
big[2^53] = "two53"
print(big[9007199254740992], big[2^53])
print(big[2^53 + 1], big[9007199254740993])
