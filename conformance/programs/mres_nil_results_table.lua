-- results containing nils stored into tables
local function holes() return 1, nil, 3, nil end
local t = {holes()}
print(t[1], t[2], t[3], t[4])
local p = table.pack(holes())
print(p.n)
local a, b, c, d, e = holes()
print(a, b, c, d, e)
local u = {}
u[1], u[2], u[3], u[4] = holes()
print(u[1], u[2], u[3], u[4])
local cnt = 0
for k in pairs(u) do cnt = cnt + 1 end
print(cnt)
local function allnil() return nil, nil end
local w = {allnil()}
print(next(w))
print(select("#", allnil()))
