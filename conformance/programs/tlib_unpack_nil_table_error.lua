-- table.unpack of a nil value
local t = {1, 2}
print(table.unpack(t))
local cfg = {args = t}
print(table.unpack(cfg.args))
print(table.unpack(cfg.args, 2))
print(cfg.missing)
print(select("#", table.unpack({})))
print(select("#", table.unpack({}, 1, 2)))
print("unpacking nil")
print(table.unpack(cfg.missing))
print("unreachable")
