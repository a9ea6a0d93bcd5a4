-- template expansion with gsub and a table
local vars = {name = "World", count = 3, price = 9.5, empty = "", flag = false}
local tpl = "Hello, ${name}! You have ${count} items at $${price}. [${empty}] ${missing} ${flag}"
print((tpl:gsub("%${(%w+)}", vars)))
print(tpl:gsub("%${(%w+)}", function(k)
  local v = vars[k]
  if v == nil then return "<" .. k .. "?>" end
  return tostring(v)
end))
-- nested expansion via repeated gsub
local defs = {greeting = "Hi ${who}", who = "${first} ${last}", first = "Ada", last = "Lovelace"}
local s, n = "${greeting}!", 0
repeat
  local c
  s, c = s:gsub("%${(%w+)}", defs)
  n = n + 1
until c == 0 or n > 10
print(s, n)
-- $name style, with %% escaping
local function expand(str, env)
  return (str:gsub("%$(%$?)([%a_][%w_]*)", function(esc, k)
    if esc == "$" then return "$" .. k end
    return env[k] ~= nil and tostring(env[k]) or "$" .. k
  end))
end
print(expand("$a + $b_2 = $sum; literal $$a; unknown $zz", {a = 1, b_2 = 2, sum = 3}))
-- string.format inside the replacement function
print((("x=1.5 y=2.25"):gsub("(%a)=([%d%.]+)", function(k, v) return string.format("%s=%.3f", k, tonumber(v)) end)))
