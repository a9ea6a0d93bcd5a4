local function f(s)
  local x = 1
  for i = 1, 10, s do end
end
f(0)
