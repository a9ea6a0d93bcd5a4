-- ... used in a function that is not vararg (compile error)
print("not printed")
local function ok(...)
  return select("#", ...)
end
print(ok(1, 2))
local function bad(a, b)
  return a, b, ...
end
print(bad(1, 2))
print("end")
