-- pcall with no arguments is a bad-argument error, catchable by an outer pcall
local ok, msg = pcall(pcall)
print(ok, msg)
print(select('#', pcall(pcall)))
local function viaLocal()
  local p = pcall
  return p()
end
print(pcall(viaLocal))
print(pcall(pcall, nil))
print("now uncaught")
pcall()
print("unreachable")
