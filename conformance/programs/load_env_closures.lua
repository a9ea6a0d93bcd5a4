-- functions defined in a loaded chunk keep the chunk's _ENV
local env = { tostring = tostring }
local mk = load([[
  local n = 0
  function step() n = n + 1 total = (total or 0) + n return n end
  function report() return "total=" .. tostring(total) end
  return step, report
]], "=closures", "t", env)
local step, report = mk()
print(step(), step(), step())
print(report())
print(env.total, total)
print(rawequal(env.step, step), rawequal(env.report, report))
-- changing the env table later is seen by the functions
env.total = 100
print(report())
print(step(), env.total)
-- two loads of the same source with separate envs are independent
local e1, e2 = { tostring = tostring }, { tostring = tostring }
local src = "function get() return val end val = ... return get"
local g1 = load(src, "=a", "t", e1)(1)
local g2 = load(src, "=b", "t", e2)(2)
print(g1(), g2())
e1.val = "changed"
print(g1(), g2())
-- a function defined in the chunk and called from outside still reads env globals
local e3 = { x = 10 }
local fn = load("return function(y) return x + y end", "=fn", "t", e3)()
print(fn(5))
e3.x = 20
print(fn(5))
