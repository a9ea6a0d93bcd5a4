-- errors raised inside a coroutine's hot loop leave its pending <close>
-- variables open until coroutine.close, which closes them (in reverse
-- order) with the error object and returns false plus the error
local log = {}
local function tbc(name)
  return setmetatable({}, { __close = function(_, e)
    log[#log + 1] = name .. "=" .. (e == nil and "nil" or type(e) == "table" and "tbl" or tostring(e))
  end })
end
local bcount = 0
local function run(limit, errval)
  return coroutine.create(function()
    local a <close> = tbc("a")
    local s = 0
    for i = 1, 6000 do
      local b <close> = setmetatable({}, { __close = function(_, e)
        if e == nil then bcount = bcount + 1 else log[#log + 1] = "b:" .. (type(e) == "table" and "tbl" or tostring(e)) end
      end })
      s = s + i
      if i == limit then error(errval) end
      if i % 2000 == 0 then coroutine.yield(s) end
    end
    return s
  end)
end
for _, case in ipairs({ { 1500, "e1" }, { 4500, { 1 } }, { 99999, nil }, { 2000, 7 } }) do
  log = {}
  bcount = 0
  local co = run(case[1], case[2])
  local outs = {}
  while true do
    local ok, v = coroutine.resume(co)
    outs[#outs + 1] = tostring(ok) .. ":" .. (type(v) == "table" and "tbl" or tostring(v))
    if not ok or coroutine.status(co) == "dead" then break end
  end
  print(case[1], table.concat(outs, " "))
  print("  log", table.concat(log, " "))
  local cok, cerr = coroutine.close(co)
  print("  close", cok, type(cerr) == "table" and "tbl" or cerr, coroutine.status(co))
  print("  log after close", bcount, table.concat(log, " "))
end
-- an error in __close itself while unwinding another error
local co = coroutine.create(function()
  local x <close> = setmetatable({}, { __close = function(_, e) error("in close (" .. tostring(e) .. ")", 0) end })
  local acc = 0
  for i = 1, 3000 do acc = acc + i end
  error("original " .. acc, 0)
end)
print(coroutine.resume(co))
print(coroutine.close(co))
