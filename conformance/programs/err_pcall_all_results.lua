-- pcall returns every result of the callee, including trailing nils
local function three() return 1, nil, nil end
local function none() end
local function many(...) return ... end
print(select('#', pcall(three)))
print(pcall(three))
print(select('#', pcall(none)))
print(pcall(none))
print(select('#', pcall(many, nil, nil, nil, nil)))
print(pcall(many, "a", nil, "b", nil))
local t = {pcall(many, 1, 2, 3)}
print(#t, t[1], t[2], t[4])
local function counted(...) return select('#', ...), ... end
print(pcall(counted, nil, nil))
print(select('#', pcall(pcall, many, nil)))
print(pcall(pcall, many, 7, nil))
local function wrap(...) return pcall(many, ...) end
print(select('#', wrap(nil, false, nil)))
print(wrap(nil, false, nil))
