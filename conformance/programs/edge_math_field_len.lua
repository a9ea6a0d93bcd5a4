local function f()
  return #math.huge
end
f()
