-- closures whose captured upvalue changes type after they become hot
local get, set, cat
local function make()
  local v = 1
  get = function() return v + 1 end
  set = function(x) v = x end
  cat = function() return "v=" .. v end
end
make()
local s = 0
for i = 1, 4000 do
  set(i)
  s = s + get()
end
print("int", s, cat())
set(2.5)
print("float", get(), cat())
set("41")
print("string", get(), cat())
set(math.maxinteger)
print("wrap", get(), cat())
local acc = 0
for i = 1, 3000 do
  if i % 2 == 0 then set(i) else set(i + 0.5) end
  acc = acc + get()
end
print("alternating", acc)
local counter = 0
local function bump() counter = counter + 1 return counter end
for i = 1, 3000 do bump() end
print("counter", counter)
counter = 0.5
print("bump float", bump(), bump())
counter = "10"
print("bump string", bump(), math.type(bump()))
set(nil)
print("cat nil next")
print(cat())
