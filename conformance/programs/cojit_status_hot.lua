-- coroutine.status / running / isyieldable queried in hot loops from
-- inside and outside coroutines
local main, ismain = coroutine.running()
print(type(main), ismain, coroutine.isyieldable(), coroutine.status(main))
local tally = {}
local function note(s) tally[s] = (tally[s] or 0) + 1 end
local co
co = coroutine.create(function()
  local me, im = coroutine.running()
  print("inside", me == co, im, coroutine.isyieldable())
  for i = 1, 3000 do
    note(coroutine.status(co))
    note(coroutine.status(main))
    if coroutine.isyieldable() and i % 300 == 0 then coroutine.yield(i) end
  end
  return "fin"
end)
note(coroutine.status(co))
local outs = {}
while coroutine.status(co) ~= "dead" do
  local ok, v = coroutine.resume(co)
  outs[#outs + 1] = v
  note(coroutine.status(co))
end
print(table.concat(outs, " "))
for _, k in ipairs({ "running", "normal", "suspended", "dead" }) do print(k, tally[k]) end
-- counting statuses across a pool where some coroutines finish early
local pool = {}
for i = 1, 300 do
  pool[i] = coroutine.create(function(n) for j = 1, n do coroutine.yield(j) end return n end)
end
for round = 1, 8 do
  local st = { suspended = 0, dead = 0 }
  for i = 1, #pool do
    if coroutine.status(pool[i]) == "suspended" then coroutine.resume(pool[i], i % 7) end
    local s = coroutine.status(pool[i])
    st[s] = st[s] + 1
  end
  print("round", round, st.suspended, st.dead)
end
-- wrap inside a wrap: isyieldable is true in both, running differs
local w = coroutine.wrap(function()
  local outer_self = coroutine.running()
  local inner = coroutine.wrap(function()
    local me = coroutine.running()
    coroutine.yield(me ~= outer_self, coroutine.isyieldable(), coroutine.status(outer_self))
  end)
  coroutine.yield(inner())
end)
print(w())
