-- return f() forwards all results
local function three() return 1, 2, 3 end
local function fwd() return three() end
local function fwdparen() return (three()) end
local function fwdmore() return 0, three() end
local function fwdfirst() return three(), 0 end
print(fwd())
print(fwdparen())
print(fwdmore())
print(fwdfirst())
local function countdown(n, ...)
  if n == 0 then return ... end
  return countdown(n - 1, n, ...)
end
print(countdown(5))
print(select("#", countdown(100)))
local function sum(acc, n)
  if n == 0 then return acc end
  return sum(acc + n, n - 1)
end
print(sum(0, 100000))
local function nothing() return end
local function fwdnothing() return nothing() end
print(select("#", fwdnothing()), select("#", (fwdnothing())))
local function cond(b) if b then return 1, 2 else return end end
print(cond(true))
print(cond(false))
print(select("#", cond(false)))
