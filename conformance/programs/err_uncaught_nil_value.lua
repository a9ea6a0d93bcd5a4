-- an uncaught error() with no value is reported as a nil error object
local function maybe(x)
  if x then return x end
  error()
end
print(maybe(5))
print(pcall(maybe, false))
local results = {}
for i = 1, 4 do results[i] = i * i end
print(table.concat(results, " "))
maybe(nil)
print("unreachable")
