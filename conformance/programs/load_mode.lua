-- the mode argument controls text and binary chunks
local f, e = load("return 1", nil, "t")
print(f and f(), e)
f, e = load("return 2", nil, "bt")
print(f and f(), e)
f, e = load("return 3", nil, "b")
print(f, e)
f, e = load("return 4", "chunk", "b")
print(f, e)
f, e = load("return 5", "=named", "b")
print(f, e)
-- a syntax error is still reported with mode "t"
f, e = load("return +", "=m", "t")
print(f, e)
-- mode applies to reader functions too
local done = false
f, e = load(function() if done then return nil end done = true return "return 6" end, "=rd", "b")
print(f, e)
done = false
f, e = load(function() if done then return nil end done = true return "return 7" end, "=rd", "t")
print(f and f(), e)
-- env argument together with a mode
f = load("return x", "=env", "t", { x = "from env" })
print(f())
