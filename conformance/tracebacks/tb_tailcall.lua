-- error in a function reached through tail calls
local function validate(x)
  if x < 0 then error("negative value: " .. x) end
  return x
end
local function step2(x) return validate(x - 10) end
local function step1(x) return step2(x * 2) end
local function run(x)
  local r = step1(x)
  return r
end
print(run(10))
print(run(2))
