-- error inside __newindex
local function readonly(t)
  return setmetatable({}, {
    __index = t,
    __newindex = function(_, k, v)
      error("attempt to modify read-only field " .. tostring(k), 2)
    end,
  })
end
local conf = readonly({a = 1})
print(conf.a)
local function set(k, v) conf[k] = v end
print(pcall(set, "a", 2))
local direct = setmetatable({}, {__newindex = function(t, k, v) rawset(t, k, v + 1) end})
local function put() direct.x = {} end
put()
