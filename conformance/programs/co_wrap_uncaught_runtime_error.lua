-- an uncaught runtime error inside a wrap ends the program with a doubled position
local function parse(s)
  local n = tonumber(s)
  return n * 2
end
local function make(list)
  return coroutine.wrap(function()
    for _, s in ipairs(list) do
      coroutine.yield(parse(s))
    end
    return "all parsed"
  end)
end
-- first, a successful run and a caught failure
local ok_gen = make({"10", "20"})
print(ok_gen(), ok_gen(), ok_gen())
local caught = make({"bad"})
local ok, e = pcall(function() return caught() + 0 end)
print(ok, e)
-- then the same failure left uncaught
local gen = make({"1", "2", "x", "4"})
print(gen())
print(gen())
print("next call fails")
local v = gen()
print("not reached", v)
