-- a label at the end of a block may follow locals the goto skipped
local log = {}
for i = 1, 4 do
  if i % 2 == 0 then goto continue end
  local sq = i * i
  log[#log + 1] = sq
  ::continue::
end
print(table.concat(log, " "))
do
  goto finish
  local unused = "never"
  print(unused)
  ::finish::
end
print("block done")
local function f(n)
  if n > 0 then goto positive end
  do return "non-positive" end
  local msg = "unused"
  ::positive::
end
print(f(0), f(5))
local i = 0
while i < 3 do
  i = i + 1
  if i == 2 then goto cont end
  local txt = "iter " .. i
  print(txt)
  ::cont::
end
print("i", i)
