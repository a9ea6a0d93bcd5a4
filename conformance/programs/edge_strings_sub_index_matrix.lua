local s = "hello"
local function I(k)
  if k == 1 then return 0 elseif k == 2 then return 1 elseif k == 3 then return -1 elseif k == 4 then return 5
  elseif k == 5 then return 6 elseif k == 6 then return -5 elseif k == 7 then return -6 elseif k == 8 then return -100
  elseif k == 9 then return 100 elseif k == 10 then return math.maxinteger elseif k == 11 then return math.mininteger
  elseif k == 12 then return 3 else return -3 end
end
for a = 1, 13 do
  local line = ""
  for b = 1, 13 do line = line .. "[" .. s:sub(I(a), I(b)) .. "]" end
  print(I(a), line, s:sub(I(a)), string.byte(s, I(a)))
end
print(("abc"):sub(2.0, 3.0), ("abc"):sub("2", "3"), ("abc"):byte(-1), ("abc"):byte(10), ("abc"):byte(0))
print(string.char(), string.char(0, 255, 65), #string.char(0))
print(("ÀÉ abc \200\255"):upper(), ("ABC \192\222"):lower(), ("aBc"):reverse(), ("a\0b"):reverse() == "b\0a", (""):reverse())
print(("x"):rep(3):upper():len(), #("abc"):rep(3, "--"))
print(string.len("\0\0"), ("abc"):len(), string.upper(123), string.lower(1.5), string.len(12.0), string.reverse(-12))
print(string.sub(12345, 2, 3), string.byte(7), string.rep(1, 3), string.rep(1.5, 2, 0))
