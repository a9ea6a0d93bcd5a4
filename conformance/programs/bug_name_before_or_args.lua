-- Found by the differential generator: a callee (or builtin) pushed before arguments that
-- contain a forward-jump region (`or`, `and`, comparisons) must keep its name in errors.
local function try(n)
  if n == 1 then
    local x = string.format("%d", (tonumber("a") or 0.25))
  elseif n == 2 then
    local y = undefined_fn((G or 1) == 2)
  elseif n == 3 then
    local s = ("abc"):rep((G and 1) or 2.5)
  end
end
print(string.format("%d", (tonumber("7") or 0.25)))
try(3)
