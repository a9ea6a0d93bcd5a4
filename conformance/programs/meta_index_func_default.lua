-- __index function providing default values; receives original table and key
local seen = {}
local defaults = setmetatable({}, {__index = function(t, k)
  seen[#seen + 1] = tostring(k)
  return type(k) == "number" and k * 2 or "default-" .. tostring(k)
end})
defaults.present = "here"
print(defaults.present, defaults.missing, defaults[21], defaults[1.5])
print(rawget(defaults, "missing"), #seen, table.concat(seen, ","))
local orig
local proxy = {}
setmetatable(proxy, {__index = function(t, k) orig = t; return k end})
print(proxy.abc, orig == proxy, proxy[true], proxy[false])
local counter = setmetatable({}, {__index = function() return 0 end})
for _, w in ipairs({"a", "b", "a", "c", "a", "b"}) do counter[w] = counter[w] + 1 end
print(counter.a, counter.b, counter.c, counter.d)
-- __index returning nil and multiple values (only first used)
local m = setmetatable({}, {__index = function(t, k) return nil, "ignored" end})
print(m.x, select("#", m.x))
local multi = setmetatable({}, {__index = function(t, k) return k, k end})
print(multi.q, select("#", multi.q))
