-- a numeric for loop that runs zero times leaves its 4 slots unwritten in the interpreter,
-- but the plan's tag analysis marks them int/float on the skip edge too; the OSR entry of
-- the later while loop checks those dead slots, fails every time, deopts and recompiles
-- (lua5.4: ~0.01 s; strata --stress-osr: seconds, thousands of OSR compilations)
local function f(n)
  for k = 2, 1 do end
  local w = 0
  while w < n do w = w + 1 end
  return w
end
local s = 0
for i = 1, 1000 do s = s + f(8) end
print("stress-osr part", s)
for i = 1, 6 do s = s + f(2100) end
print("default-osr part", s)
