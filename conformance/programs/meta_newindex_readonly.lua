-- read-only table proxy: __newindex raising an error ends the program
local function readonly(t)
  return setmetatable({}, {
    __index = t,
    __newindex = function(_, k, v) error("read-only") end,
  })
end
local cfg = readonly({host = "localhost", port = 8080, list = {1, 2}})
print(cfg.host, cfg.port, cfg.list[2])
cfg.list[3] = 3 -- inner table is not protected
print(#cfg.list, rawget(cfg, "host"))
rawset(cfg, "host", "bypass")
print(cfg.host, rawget(cfg, "host"))
cfg.host = "existing keys bypass __newindex"
print(cfg.host)
print("before")
cfg.port = 9090
print("never reached")
