-- if / elseif / else chains
local function classify(n)
  if n < 0 then
    return "negative"
  elseif n == 0 then
    return "zero"
  elseif n < 10 then
    return "small"
  elseif n < 100 then
    return "medium"
  else
    return "large"
  end
end
print(classify(-5), classify(0), classify(3), classify(42), classify(1000))
local x = 5
if x > 3 then print("x > 3") end
if x > 10 then print("no") else print("else branch") end
if nil then print("nil is true?") elseif false then print("false?") else print("neither") end
if 0 then print("0 is truthy") end
if "" then print("empty string is truthy") end
if not nil then print("not nil") end
if x then if x == 5 then print("nested five") end end
local r
if x == 1 then r = "one" elseif x == 5 then r = "five" end
print("r", r)
if x ~= 5 then r = "changed" end
print("r", r)
