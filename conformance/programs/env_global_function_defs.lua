-- global function definitions go into the current _ENV
local print = print
local sandbox = {}
do
  local _ENV = sandbox
  function helper(x) return x + 1 end
  function helper2(x) return helper(x) * 2 end
  tbl = {}
  function tbl.method(x) return x * 100 end
end
print(sandbox.helper(1), sandbox.helper2(1), sandbox.tbl.method(2))
print(helper)
function realglobal() return "real" end
print(_G.realglobal())
print(sandbox.realglobal)
local count = 0
for k in pairs(sandbox) do count = count + 1 end
print(count)
local function mk(_ENV) function inner() return "inner of " .. tag end end
local e1 = {tag = "one"}
mk(e1)
print(e1.inner())
