-- __lt, __le, __eq, __concat, __call, __len metamethods that yield,
-- invoked from hot loops inside a coroutine
local M = {}
local function box(v) return setmetatable({ v = v }, M) end
local counts = { lt = 0, le = 0, eq = 0, concat = 0, call = 0, len = 0 }
local function y(tag) counts[tag] = counts[tag] + 1 return coroutine.yield(tag) end
M.__lt = function(a, b) y("lt") return a.v < b.v end
M.__le = function(a, b) y("le") return a.v <= b.v end
M.__eq = function(a, b) y("eq") return a.v % 10 == b.v % 10 end
M.__concat = function(a, b)
  local av = type(a) == "table" and a.v or a
  local bv = type(b) == "table" and b.v or b
  y("concat")
  return av .. "|" .. bv
end
M.__call = function(self, x) y("call") return self.v + x end
M.__len = function(self) y("len") return self.v * 2 end
local co = coroutine.wrap(function()
  local lt, le, eq, clen, calls, lens = 0, 0, 0, 0, 0, 0
  local b5 = box(5)
  for i = 1, 1500 do
    local b = box(i % 11)
    if b < b5 then lt = lt + 1 end
    if b5 <= b then le = le + 1 end
    if b == b5 then eq = eq + 1 end
    if i % 100 == 0 then
      clen = clen + #(b .. i)
      calls = calls + b(i)
      lens = lens + #b
    end
  end
  return "end", lt, le, eq, clen, calls, lens
end)
local n = 0
local r = { co() }
while r[1] ~= "end" do
  n = n + 1
  r = { co() }
end
print(n, table.unpack(r))
print(counts.lt, counts.le, counts.eq, counts.concat, counts.call, counts.len)
-- __lt used by table.sort cannot yield (C boundary)
local c2 = coroutine.create(function()
  local t = { box(3), box(1), box(2) }
  table.sort(t)
  return t[1].v
end)
local ok, e = coroutine.resume(c2)
print(ok, e)
