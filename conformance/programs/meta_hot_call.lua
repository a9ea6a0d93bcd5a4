-- hot loops through __call and __index functions so the JIT tiers compile them
local acc = setmetatable({total = 0}, {__call = function(self, x) self.total = self.total + x; return self.total end})
local last
for i = 1, 25000 do last = acc(i % 10) end
print(last, acc.total)
local calls = 0
local lazy = setmetatable({}, {__index = function(t, k) calls = calls + 1; return k * 2 end})
local s = 0
for i = 1, 15000 do s = s + lazy[i % 100] end
print(s, calls)
local memo = setmetatable({}, {__index = function(t, k) calls = calls + 1; local v = k * 3; rawset(t, k, v); return v end})
calls = 0
s = 0
for i = 1, 15000 do s = s + memo[i % 100] end
print(s, calls)
-- float accumulation through a callable with multiple returns
local stats = setmetatable({}, {__call = function(_, a, b) return a + b, a * b end})
local fs, fp = 0.0, 0
for i = 1, 12000 do local x, y = stats(i, 0.5); fs = fs + x; fp = fp + y end
print(fs, fp, math.type(fp))
-- __newindex in a hot loop
local n = 0
local sink = setmetatable({}, {__newindex = function(t, k, v) n = n + v end})
for i = 1, 20000 do sink[i] = i end
print(n, next(sink))
