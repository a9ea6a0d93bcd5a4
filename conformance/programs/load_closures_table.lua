-- closures created by loaded code, stored in tables and called later
local handlers = {}
local names = { "add", "sub", "mul", "max" }
local bodies = {
  add = "return a + b",
  sub = "return a - b",
  mul = "return a * b",
  max = "if a > b then return a end return b",
}
for _, name in ipairs(names) do
  handlers[name] = load("return function(a, b) " .. bodies[name] .. " end", "=" .. name)()
end
for _, name in ipairs(names) do
  print(name, handlers[name](7, 3))
end
-- counters: each loaded chunk call gives fresh private state
local mkcounter = load("local c = ... or 0 return function() c = c + 1 return c end")
local counters = { mkcounter(), mkcounter(10), mkcounter() }
counters[1]() counters[1]()
counters[2]()
print(counters[1](), counters[2](), counters[3]())
-- closures sharing one upvalue
local pair = load([[
  local v = 0
  return { get = function() return v end, set = function(x) v = x end }
]])()
pair.set(42)
print(pair.get())
-- a list of closures each capturing a loop variable
local list = load("local t = {} for i = 1, 5 do t[i] = function() return i * 100 end end return t")()
local out = {}
for i = #list, 1, -1 do out[#out + 1] = list[i]() end
print(table.concat(out, " "))
