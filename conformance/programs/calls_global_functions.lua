-- global function definitions and redefinition
function greet(name)
  return "hello " .. name
end
print(greet("world"))
function greet(name)
  return "hi " .. name
end
print(greet("again"))
function counter_inc()
  COUNT = (COUNT or 0) + 1
  return COUNT
end
counter_inc() counter_inc()
print("COUNT", counter_inc())
local function use_later() return later_defined() end
function later_defined() return "defined after use site" end
print(use_later())
print(type(greet), type(undefined_global))
undefined_global = nil
print(undefined_global)
local saved = greet
function greet(name) return "override " .. saved(name) end
print(greet("x"))
function noreturn() local unused = 1 end
print(noreturn())
