-- calling a global that is removed after the caller got hot
function helper(x) return x + 1 end
local function run(n) local s = 0 for i = 1, n do s = s + helper(i) end return s end
print(run(3000))
helper = nil
print(run(1))
