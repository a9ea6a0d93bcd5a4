-- only the last positional expression is expanded
local function three() return 1, 2, 3 end
local function none() end
local t = {three()}
print(#t, t[1], t[2], t[3])
t = {three(), three()}
print(#t, t[1], t[2], t[3], t[4])
t = {(three())}
print(#t, t[1])
t = {three(), 10}
print(#t, t[1], t[2])
t = {0, three()}
print(#t, t[1], t[4])
t = {none()}
print(#t)
t = {none(), 1}
print(#t, t[1], t[2])
t = {three(), x = 1}
print(#t, t.x)
t = {x = three()}
print(t.x, #t)
t = {[1] = three()}
print(#t, t[1])
local function many() local r = {} for i = 1, 300 do r[i] = i end return table.unpack(r) end
t = {many()}
print(#t, t[300])
t = {many(), many()}
print(#t, t[1], t[301])
