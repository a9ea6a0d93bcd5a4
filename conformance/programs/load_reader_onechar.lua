-- a reader returning one character at a time
local src = "local t = {}\nfor i = 1, 4 do t[#t + 1] = i * 3 end\nreturn table.concat(t, ' '), #t"
local pos = 0
local calls = 0
local f = load(function()
  calls = calls + 1
  pos = pos + 1
  if pos > #src then return nil end
  return src:sub(pos, pos)
end)
print(f())
print(calls, #src)
-- single characters forming a long string literal
local src2 = "return [[" .. string.rep("xy", 20) .. "]]"
local p2 = 0
local g = load(function()
  p2 = p2 + 1
  return src2:sub(p2, p2) ~= "" and src2:sub(p2, p2) or nil
end)
local s = g()
print(#s, s:sub(1, 6))
-- a syntax error found while reading one character at a time
local src3 = "local a = 1\nlocal b = a +\n"
local p3 = 0
print(load(function()
  p3 = p3 + 1
  if p3 > #src3 then return nil end
  return src3:sub(p3, p3)
end, "=onechar"))
