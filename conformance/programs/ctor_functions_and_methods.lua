-- functions inside constructors, including method-style fields
local obj = {
  value = 3,
  get = function(self) return self.value end,
  twice = function(self) return self:get() * 2 end,
  helpers = {
    inc = function(x) return x + 1 end,
    dec = function(x) return x - 1 end,
  },
}
print(obj:get(), obj:twice())
print(obj.helpers.inc(1), obj.helpers.dec(1))
obj.value = 10
print(obj:twice())
local ops = {
  ["+"] = function(a, b) return a + b end,
  ["-"] = function(a, b) return a - b end,
  ["*"] = function(a, b) return a * b end,
}
local prog = {{"+", 2, 3}, {"*", 4, 5}, {"-", 1, 10}}
for _, ins in ipairs(prog) do print(ins[1], ops[ins[1]](ins[2], ins[3])) end
local list = {function() return 1 end, function() return 2 end}
print(list[1]() + list[2]())
