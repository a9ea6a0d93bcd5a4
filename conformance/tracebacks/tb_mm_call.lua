-- error inside __call
local callable = setmetatable({name = "handler"}, {
  __call = function(self, x)
    if x == nil then error(self.name .. " needs an argument") end
    return x * 2
  end,
})
print(callable(21))
local function dispatch(f, arg) return f(arg), true end
print(dispatch(callable, 4))
dispatch(callable)
