-- builder pattern: methods return self
local b = {parts = {}}
function b:add(s) self.parts[#self.parts + 1] = s; return self end
function b:sep(s) self.separator = s; return self end
function b:build() return table.concat(self.parts, self.separator or "") end
print(b:add("a"):add("b"):add("c"):build())
print(b:sep("-"):build())
print(b:add("d"):sep("+"):build())
local counter = {n = 0}
function counter:inc() self.n = self.n + 1; return self end
counter:inc():inc():inc()
print(counter.n)
local vec = {x = 1, y = 2}
function vec:scale(k) self.x = self.x * k; self.y = self.y * k; return self end
function vec:shift(dx, dy) self.x = self.x + dx; self.y = self.y + dy; return self end
function vec:show() return "(" .. self.x .. "," .. self.y .. ")" end
print(vec:scale(2):shift(1, -1):show())
print(vec:scale(0.5):show())
