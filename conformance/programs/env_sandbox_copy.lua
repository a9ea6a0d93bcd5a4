-- running a function in a sandbox environment built from _G
local function sandbox(fields)
  local env = {}
  for _, k in ipairs({"print", "tostring", "type", "ipairs"}) do env[k] = _G[k] end
  for k, v in pairs(fields) do env[k] = v end
  return env
end
local function program(_ENV)
  result = {}
  for i, v in ipairs(input) do result[i] = v * factor end
  print(type(result), #result, tostring(factor))
  leaked = true
  return result
end
local env = sandbox({input = {1, 2, 3}, factor = 10})
local r = program(env)
print(r[1], r[2], r[3])
print(env.leaked, leaked)
print(env.result == r)
local env2 = sandbox({input = {}, factor = -1})
print(#program(env2), env2.leaked)
print(_G.result, _G.factor)
