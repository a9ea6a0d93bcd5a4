-- an error raised inside a custom iterator
local function items(list)
  local i = 0
  return function()
    i = i + 1
    if list[i] == "bad" then error("bad item at " .. i) end
    return list[i]
  end
end
for v in items({"a", "b", "c"}) do print(v) end
for v in items({"x", "bad", "y"}) do print(v) end
print("unreachable")
