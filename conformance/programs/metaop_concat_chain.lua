-- __concat in chains a .. b .. c: right associativity decides which pairs the metamethod sees
local mt = {}
local T = setmetatable({n = "T"}, mt)
local U = setmetatable({n = "U"}, mt)
local log = {}
local function s(v)
  if v == T then return "{T}" elseif v == U then return "{U}" end
  return v
end
mt.__concat = function(a, b)
  log[#log + 1] = s(a) .. "+" .. s(b)
  return "[" .. s(a) .. s(b) .. "]"
end
local function show(label, r)
  print(label, r, table.concat(log, " "))
  log = {}
end
show("1", "a" .. "b" .. T)
show("2", T .. "a" .. "b")
show("3", "a" .. T .. "b")
show("4", T .. U)
show("5", T .. "x" .. U .. "y")
show("6", 1 .. 2 .. T)
show("7", T .. 1 .. 2.5)
show("8", "p" .. "q" .. "r" .. T .. "s" .. "t")
show("9", T .. U .. T)
