-- pairs skips nil slots in the array part
local t = {1, nil, 3, nil, 5, nil, 7}
local out = {}
for k, v in pairs(t) do out[#out + 1] = k .. "=" .. v end
print(table.concat(out, " "))
local u = {}
for i = 1, 8 do u[i] = i end
u[2], u[5], u[8] = nil, nil, nil
out = {}
for k in pairs(u) do out[#out + 1] = k end
print(table.concat(out, " "))
local cnt = 0
for k, v in pairs({nil, nil, nil}) do cnt = cnt + 1 end
print(cnt)
local w = {false, nil, false}
out = {}
for k, v in pairs(w) do out[#out + 1] = k .. ":" .. tostring(v) end
print(table.concat(out, " "))
