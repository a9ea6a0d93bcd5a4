-- %s %p %c %g and complements
local all = {}
for i = 0, 255 do all[#all + 1] = string.char(i) end
all = table.concat(all)

local function codes(cls)
  local out = {}
  for c in all:gmatch(cls) do out[#out + 1] = c:byte() end
  return out
end

local s = codes("%s")
print("%s", #s, table.concat(s, ","))
print("%S", #codes("%S"))
local p = codes("%p")
local pc = {}
for _, b in ipairs(p) do pc[#pc + 1] = string.char(b) end
print("%p", #p, table.concat(pc))
print("%P", #codes("%P"))
local c = codes("%c")
print("%c", #c, c[1], c[#c - 1], c[#c])
print("%C", #codes("%C"))
local g = codes("%g")
print("%g", #g, g[1], g[#g])
print("%G", #codes("%G"))

print(("a \t\n\v\f\rb"):gsub("%s", "_"))
print(("Hello, world! (ok)"):gsub("%p", ""))
print(("tab\there"):find("%c"))
print(("  x y  "):match("^%s*(%g+)"))
print(("  x y  "):gsub("%G", "."))
