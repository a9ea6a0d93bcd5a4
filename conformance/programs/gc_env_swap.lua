-- a replaced global table is collected while the new environment keeps working
local G = _G
local keep = { print = print, collectgarbage = collectgarbage, tostring = tostring }
for i = 1, 100 do G["g" .. i] = { i } end
local function run()
  local _ENV = keep
  for i = 1, 3 do
    local junk = {}
    for j = 1, 1000 do junk[j] = tostring(j) end
    collectgarbage()
  end
  print(x, tostring(y))
end
keep.x = "kept"
run()
print(g1[1] + g100[1])
