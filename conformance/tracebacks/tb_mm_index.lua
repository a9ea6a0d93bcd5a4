-- error inside an __index function
local strict = setmetatable({}, {
  __index = function(t, k)
    error("undefined variable '" .. tostring(k) .. "'", 2)
  end,
})
local function lookup(name) return strict[name] end
strict.a = 1
print(lookup("a"))
local Obj = setmetatable({}, {__index = function(t, k) local v = nil return v.field end})
local function f() return Obj.anything end
print(pcall(f))
lookup("b")
