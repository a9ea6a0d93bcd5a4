-- debug.getinfo with no 'what' (all of "flnSrtu") and key sets per option
local function keys(t)
  local ks = {}
  for k in pairs(t) do ks[#ks + 1] = k end
  table.sort(ks)
  return table.concat(ks, ",")
end
local function f(x) return debug.getinfo(1) end
print(keys(f(1)))
print(keys(debug.getinfo(print)))
for _, opt in ipairs({"S", "l", "n", "u", "f", "t", "Sl", "nu", ""}) do
  print(opt, keys(debug.getinfo(1, opt)))
end
local i = f(1)
print(i.what, i.short_src, i.linedefined, i.lastlinedefined, i.currentline,
      i.name, i.namewhat, i.nups, i.nparams, i.isvararg, i.istailcall, i.func == f)
