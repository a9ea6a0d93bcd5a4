-- methods stored under computed and bracketed keys
local obj = {value = 2}
obj["double"] = function(self) return self.value * 2 end
obj["with space"] = function(self, x) return self.value + x end
print(obj:double())
print(obj["with space"](obj, 5))
local ops = {"inc", "dec", "sq"}
local impl = {
  inc = function(self) self.value = self.value + 1 end,
  dec = function(self) self.value = self.value - 1 end,
  sq = function(self) self.value = self.value * self.value end,
}
for _, name in ipairs(ops) do obj[name] = impl[name] end
obj:inc(); obj:inc(); obj:sq(); obj:dec()
print(obj.value)
for _, name in ipairs({"sq", "dec", "inc", "sq"}) do obj[name](obj) end
print(obj.value)
local dispatch = {}
for _, name in ipairs(ops) do dispatch[#dispatch + 1] = obj[name] end
dispatch[3](obj)
print(obj.value)
print(obj:double(), obj.double(obj) == obj:double())
