-- super calls through a helper that walks getmetatable(...).__index
local function class(parent)
  local c = {}
  c.__index = c
  c.super = parent
  if parent then setmetatable(c, {__index = parent}) end
  return c
end
local A = class()
function A:init(v) self.v = v; self.log = {"A"} end
function A:value() return self.v end
local B = class(A)
function B:init(v) B.super.init(self, v * 2); self.log[#self.log + 1] = "B" end
function B:value() return B.super.value(self) + 1 end
local C = class(B)
function C:init(v) C.super.init(self, v + 1); self.log[#self.log + 1] = "C" end
function C:value() return C.super.value(self) * 10 end
local D = class(C)
local function new(cls, ...) local o = setmetatable({}, cls); o:init(...); return o end
for _, cls in ipairs({A, B, C, D}) do
  local o = new(cls, 3)
  print(o.v, o:value(), table.concat(o.log, ">"))
end
print(D.super == C, C.super == B, A.super)
