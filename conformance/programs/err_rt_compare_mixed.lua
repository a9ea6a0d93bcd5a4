-- ordered comparisons of incompatible values raise "attempt to compare"
local function lt(a, b) return a < b end
local function le(a, b) return a <= b end
local function gt(a, b) return a > b end
local function ge(a, b) return a >= b end
print(pcall(lt, 1, nil))
print(pcall(lt, nil, 1))
print(pcall(lt, {}, {}))
print(pcall(le, "a", 1))
print(pcall(le, 1, "a"))
print(pcall(gt, 1, "2"))
print(pcall(ge, true, false))
print(pcall(lt, {}, 3))
print(pcall(gt, {}, 3))
print(pcall(lt, 1, 2.5))
print(pcall(lt, "a", "b"))
print(pcall(function() return 1 == "1", {} == {}, nil == false end))
print(pcall(lt, print, print))
