-- errors raised inside a coroutine are returned by resume, with position info
local function run(name, f, ...)
  local co = coroutine.create(f)
  local r = table.pack(coroutine.resume(co, ...))
  print(name, r.n, r[1], r[2], coroutine.status(co))
end
run("level1", function() error("boom") end)
run("level0", function() error("boom", 0) end)
local function helper() error("from helper", 2) end
run("level2", function()
  helper()   -- line 11: level 2 points here
end)
local function deep3() error("three up", 3) end
local function deep2() deep3() end
run("level3", function()
  deep2()   -- line 16
end)
run("runtime", function() local x = {} ; return x.a.b end)
run("arith", function(a) return a + 1 end, "abc")
run("call", function() local notfn = 42; notfn() end)
run("concat", function() return "a" .. {} end)
run("after yield", function()
  coroutine.yield(1)
  error("late")
end)
-- resume of 'after yield' again, with explicit two steps
local co = coroutine.create(function(a)
  local b = coroutine.yield(a)
  error("got " .. tostring(b))
end)
print(coroutine.resume(co, "first"))
print(coroutine.resume(co, "second"))
print(coroutine.resume(co, "third"))
-- error message with a number value is converted by error? no: it stays a number
run("number", function() error(42) end)
run("number level0", function() error(4.5, 0) end)
-- error inside a nested function called several levels deep
local function lvl(n) if n == 0 then error("bottom") end return lvl(n - 1) + 0 end
run("deep", function() return lvl(10) end)
-- error in a coroutine created from a C function
run("cfunc", string.rep)
run("cfunc2", math.floor, "x")
