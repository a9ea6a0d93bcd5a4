-- A direct call passing a call's results on: one result (speculated) until two come.
local function two(i) return i, 2 end
local function one(i) return i end
local function f(a, b, c) return (a or 0) + (b or 0) * 10 + (c or 0) * 100 end
local function one_b(i) return i + 1 end
local function run(n)
  local u = 0
  for i = 1, n do
    local h = (i > 5000) and two or (i % 2 == 0 and one or one_b)
    u = u + f(i, h(i))
  end
  return u
end
local w = 0
for k = 1, 1100 do w = w + run(4) end
print(w, run(6000), run(6000))
