-- a custom searcher added to package.searchers
local log = {}
local virtual = {
  ["virt.hello"] = "return { msg = 'hello from ' .. ... }",
  ["virt.sum"] = "local a = 0 for i = 1, 10 do a = a + i end return a",
}
table.insert(package.searchers, 2, function(name)
  log[#log + 1] = name
  local src = virtual[name]
  if not src then return "\n\tno virtual module '" .. name .. "'" end
  return function(n, extra) return load(src, "=" .. extra)(n) end, "virtual:" .. name
end)
print(#package.searchers)
local h, where = require("virt.hello")
print(h.msg, where)
print(require("virt.sum"))
-- files are still found (the custom searcher is asked first and declines)
local c = require("modules.counter")
print(type(c))
print(table.concat(log, ","))
-- preload is still consulted before the custom searcher
package.preload["virt.sum2"] = function() return "preloaded" end
print(require("virt.sum2"))
print(#log)
-- a searcher that replaces all others
package.searchers = { function(name) return function() return "only " .. name end, "x" end }
print(require("anything"))
print(require("else"))
