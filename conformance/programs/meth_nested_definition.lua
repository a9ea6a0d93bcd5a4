-- function a.b.c:m() definitions
local obj = {a = {b = {v = 1}}}
function obj.a.b:m(x) return self.v + x end
function obj.a.b.plain(x) return x * 2 end
print(obj.a.b:m(1), obj.a.b.m(obj.a.b, 1))
print(obj.a.b.plain(21))
obj.a.b.v = 40
print(obj.a.b:m(2))
local other = {v = 1000}
print(obj.a.b.m(other, 1))
lib = {util = {}}
function lib.util.twice(f, x) return f(f(x)) end
function lib.util:name() return "util" end
print(lib.util.twice(function(n) return n + 3 end, 1))
print(lib.util:name())
function lib.top() return "top" end
print(lib.top())
local ns = {inner = {deeper = {count = 0}}}
function ns.inner.deeper:bump(n) self.count = self.count + (n or 1); return self.count end
ns.inner.deeper:bump()
ns.inner.deeper:bump(10)
print(ns.inner.deeper.count)
print(ns.inner.deeper:bump(0.5))
