-- `return ...` in a vararg function with a <close> in scope
local function mk(name)
  return setmetatable({name = name}, {__close = function(o, e)
    print("close", o.name, e)
  end})
end
local function va(...)
  local c <close> = mk("va")
  return ...
end
print(va())
print(va(1))
print(va(1, nil, 3, nil))
print("count", select("#", va(nil, nil, nil)))
-- vararg passed through and prefixed
local function pre(...)
  local c <close> = mk("pre")
  local d <close> = mk("pre2")
  return "first", ...
end
print(pre("x", "y"))
-- the close function cannot change what `...` returns
local function mutate(...)
  local t = {...}
  local c <close> = setmetatable({}, {__close = function() t[1] = "mutated" end})
  return ..., t
end
local a, b = mutate("kept")
print(a, b[1])
-- many varargs
local function big(...)
  local c <close> = mk("big")
  return select(2, ...)
end
local r = {big(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)}
print(#r, r[1], r[19])
-- table.pack on the result keeps trailing nils
local p = table.pack(va("a", nil))
print(p.n, p[1], p[2])
