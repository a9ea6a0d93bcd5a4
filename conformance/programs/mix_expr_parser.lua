-- a recursive-descent arithmetic parser/evaluator over strings: recursion, closures,
-- string.byte/sub, string.format, hot loops, and a parse error raised at the end
local function evaluator(src)
  local pos = 1
  local function peek() return src:byte(pos) or 0 end
  local function skip() while peek() == 32 do pos = pos + 1 end end
  local expr
  local function number()
    skip()
    local start = pos
    while (peek() >= 48 and peek() <= 57) or peek() == 46 do pos = pos + 1 end
    if start == pos then
      error(string.format("parse error at %d in '%s'", pos, src))
    end
    return tonumber(src:sub(start, pos - 1))
  end
  local function atom()
    skip()
    if peek() == 40 then
      pos = pos + 1
      local v = expr()
      skip()
      if peek() ~= 41 then error("missing ) at " .. pos) end
      pos = pos + 1
      return v
    elseif peek() == 45 then
      pos = pos + 1
      return -atom()
    end
    return number()
  end
  local function power()
    local b = atom()
    skip()
    if peek() == 94 then pos = pos + 1 return b ^ power() end
    return b
  end
  local function term()
    local v = power()
    while true do
      skip()
      local c = peek()
      if c == 42 then pos = pos + 1 v = v * power()
      elseif c == 47 then pos = pos + 1 v = v / power()
      elseif c == 37 then pos = pos + 1 v = v % power()
      else return v end
    end
  end
  expr = function()
    local v = term()
    while true do
      skip()
      local c = peek()
      if c == 43 then pos = pos + 1 v = v + term()
      elseif c == 45 then pos = pos + 1 v = v - term()
      else return v end
    end
  end
  return function() pos = 1 return expr() end
end
local cases = "1 + 2 * 3|(1 + 2) * 3|2 ^ 3 ^ 2|-2 ^ 2|10 / 4|10 % 4|7.5 % 2|1 - -1|((((42))))|2 * (3 + 4) - 5 / (1 + 1)"
local start = 1
while start <= #cases do
  local stop = start
  while stop <= #cases and cases:sub(stop, stop) ~= "|" do stop = stop + 1 end
  local e = cases:sub(start, stop - 1)
  local v = evaluator(e)()
  print(string.format("%-28s = %-10s %s", e, tostring(v), math.type(v)))
  start = stop + 1
end
local hot = evaluator("1 + 2 * (3 - 4) ^ 2 % 5 - 6 / 7")
local acc = 0
for i = 1, 3000 do acc = acc + hot() end
print("hot", acc)
local built = "0"
for i = 1, 60 do built = "(" .. built .. " + " .. i .. ")" end
print("deep parens", evaluator(built)())
print("bad next")
print(evaluator("1 + * 2")())
