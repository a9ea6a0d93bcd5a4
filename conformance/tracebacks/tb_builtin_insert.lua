-- table.insert with a bad position
local function add(t, pos, v)
  table.insert(t, pos, v)
  return #t
end
local t = {1, 2, 3}
print(add(t, 2, 9))
local function run() local n = add(t, 10, 5) return n end
run()
