-- error(msg, 2) blames the caller
local function check_positive(n)
  if n <= 0 then error("expected positive number, got " .. n, 2) end
  return n
end
local function area(w, h)
  return check_positive(w) * check_positive(h)
end
print(area(2, 3))
local function main()
  local a = area(4, -1)
  print(a)
end
main()
