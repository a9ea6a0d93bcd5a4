-- generic for over a closure-based iterator
local function range(n, step)
  step = step or 1
  local i = 0
  return function()
    i = i + step
    if i <= n then return i end
  end
end
for i in range(5) do io.write(i, " ") end
print()
for i in range(10, 3) do io.write(i, " ") end
print()
for i in range(0) do print("never") end
local function chars(s)
  local i = 0
  return function()
    i = i + 1
    if i <= string.len(s) then return i, string.sub(s, i, i) end
  end
end
for i, c in chars("lua") do print(i, c) end
local function words(list)
  local i = 0
  return function()
    i = i + 1
    local w = list[i]
    if w then return w, string.len(w), string.upper(w) end
  end
end
for w, n, up in words({"alpha", "be", "c"}) do print(w, n, up) end
local it = range(3)
print(it(), it(), it(), it(), it())
