-- generic for with an explicit fourth (closing) value of nil
local function iter(t, i)
  i = i + 1
  if t[i] then return i, t[i] end
end
local t = {"p", "q", "r"}
for i, v in iter, t, 0, nil do io.write(i, v, " ") end
print()
local function gen() return iter, t, 0, nil end
for i, v in gen() do io.write(v) end
print()
local function gen5() return iter, t, 1, nil, "ignored" end
for i, v in gen5() do io.write(i, v, " ") end
print()
local function gen1() local n = 0; return function() n = n + 1; if n <= 3 then return n end end end
for i in gen1(), nil, nil, nil do io.write(i, " ") end
print()
local count = 0
for k, v in next, {1, 2, 3}, nil, nil do count = count + v end
print(count)
for i in pairs({}) do print("never") end
print("end")
