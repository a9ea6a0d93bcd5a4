-- load with a reader function: pieces are concatenated until nil
local pieces = { "local a ", "= 10\n", "local b = ", "32\n", "return a ", "+ b" }
local i = 0
local f, e = load(function()
  i = i + 1
  return pieces[i]
end)
print(type(f), e)
print(f())
print(i)
-- a token split across pieces
local parts = { "ret", "urn 'spl", "it str", "ing'" }
local j = 0
print(load(function() j = j + 1 return parts[j] end)())
-- reader with a chunk name shows it in errors
local k = 0
local bad = { "x = ", "= 1" }
print(load(function() k = k + 1 return bad[k] end, "=reader"))
-- default chunk name for a reader is "=(load)"
k = 0
print(load(function() k = k + 1 return bad[k] end))
local once = false
local ok, err = pcall(load(function() if once then return nil end once = true return "error('from reader chunk')" end))
print(ok, err)
