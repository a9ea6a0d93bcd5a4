print("never")
local function f(n)
  if n > 0 then
    break
  end
  return n
end
print(f(1))
