-- iterators returning more or fewer values than variables
local function iter3()
  local i = 0
  return function() i = i + 1; if i <= 3 then return i, i * 10, i * 100, "extra" end end
end
for a in iter3() do io.write(a, " ") end
print()
for a, b in iter3() do io.write(a, "/", b, " ") end
print()
for a, b, c, d, e in iter3() do print(a, b, c, d, e) end
local function only_one()
  local done = false
  return function() if not done then done = true; return "x" end end
end
for a, b, c in only_one() do print(a, b, c) end
local function first_false()
  local n = 0
  return function() n = n + 1; if n <= 2 then return n, false end end
end
for k, v in first_false() do print(k, v) end
