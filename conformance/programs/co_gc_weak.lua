-- unreachable coroutines are collected; weak-keyed tables observe it
local weak = setmetatable({}, {__mode = "k"})
local function count(t) local n = 0; for _ in pairs(t) do n = n + 1 end; return n end
for i = 1, 500 do
  local co = coroutine.create(function(x) coroutine.yield(x) end)
  if i % 3 == 0 then coroutine.resume(co, i) end        -- some suspended mid-body
  if i % 5 == 0 then coroutine.resume(co); coroutine.resume(co) end  -- some dead
  weak[co] = i
end
collectgarbage()
collectgarbage()
print("after dropping all:", count(weak))

-- keep some alive in a strong table
local keep = {}
for i = 1, 300 do
  local co = coroutine.create(function() coroutine.yield() end)
  coroutine.resume(co)
  weak[co] = true
  if i % 4 == 0 then keep[#keep + 1] = co end
end
collectgarbage()
print("kept alive:", count(weak), #keep)
for _, co in ipairs(keep) do assert(weak[co] == true) end
keep = nil
collectgarbage()
print("after dropping keep:", count(weak))

-- a suspended coroutine keeps its locals alive; once collected, they go too
local weakv = setmetatable({}, {__mode = "v"})
local holder = {}
do
  local co = coroutine.create(function()
    local obj = {"payload"}
    weakv[1] = obj
    coroutine.yield()
    return obj[1]
  end)
  coroutine.resume(co)
  holder.co = co
end
collectgarbage()
print("payload alive while co suspended:", weakv[1] ~= nil)
print(coroutine.resume(holder.co))
holder.co = nil
collectgarbage()
print("payload after co dropped:", weakv[1] ~= nil)

-- wrap functions hold their coroutine: a weak-valued table of wraps
local wraps = setmetatable({}, {__mode = "v"})
local strong = {}
for i = 1, 50 do
  local w = coroutine.wrap(function() coroutine.yield(i) end)
  wraps[i] = w
  if i <= 10 then strong[i] = w end
end
collectgarbage()
local alive = 0
for i = 1, 50 do if wraps[i] then alive = alive + 1 end end
print("wraps alive:", alive, strong[3]())

-- a coroutine referencing itself through a table is still collectable
local cyc = setmetatable({}, {__mode = "k"})
do
  local t = {}
  t.co = coroutine.create(function() local self = t; coroutine.yield() end)
  coroutine.resume(t.co)
  cyc[t.co] = true
end
collectgarbage()
print("self-referencing coroutine:", count(cyc))
