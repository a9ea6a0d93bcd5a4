-- __eq never fires for a table against numbers, strings, booleans or functions
local called = 0
local mt = {__eq = function() called = called + 1; return true end}
local t = setmetatable({}, mt)
local f = function() end
print(t == 0, 0 == t, t == "x", "x" == t)
print(t == false, t == f, f == t, t ~= 1)
local vals = {1, 2.5, "s", true, f}
for _, v in ipairs(vals) do
  if t == v then print("unexpected") end
  if v ~= t then called = called + 0 end
end
print("called", called)
local u = setmetatable({}, mt)
print(t == u, called)
local k = {}
k[t] = "t"
print(k[u], k[t])
