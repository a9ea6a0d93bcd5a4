-- a runtime error on the last iteration of a hot loop
local function get(t, i) return t[i] * 2 end
local function sum(n)
  local t = {}
  for i = 1, n - 1 do t[i] = i end
  local s = 0
  for i = 1, n do s = s + get(t, i) end
  return s
end
print(pcall(sum, 10000))
print(sum(10000))
